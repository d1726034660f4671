package mx.costjalisco.gms.disclosure.entity;

/** Where an OC4IDS import read its package from. */
public enum ImportSource {
    /** A file the manager uploaded in the browser. */
    UPLOAD,
    /** A URL the application fetched (the configured one, or one the manager typed). */
    URL,
    /** A file of the configured import folder. */
    FOLDER
}
