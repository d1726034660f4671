package mx.costjalisco.gms.minutes.entity;

/** What an archived file of the minutes is. Labels are in the bundle as {@code MinutesFileKind.NAME}. */
public enum MinutesFileKind {
    /** The approved minutes (or the sent minuta) as the PDF the application archived. */
    ARCHIVE,
    /** The scan of the paper copy with the signatures, uploaded by the secretary. */
    SCAN,
    /** The PDF of an addendum. */
    ADDENDUM
}
