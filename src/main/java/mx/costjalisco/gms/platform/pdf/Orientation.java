package mx.costjalisco.gms.platform.pdf;

/** Page orientation: portrait for prose, landscape for tables too wide to read on a portrait page. */
public enum Orientation {
    PORTRAIT,
    LANDSCAPE
}
