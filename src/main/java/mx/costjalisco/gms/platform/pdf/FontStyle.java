package mx.costjalisco.gms.platform.pdf;

/**
 * The faces of the document's single typeface, Liberation Sans: metric-compatible with Arial, so a printed document
 * looks like the office documents the GMS already circulates.
 */
public enum FontStyle {
    REGULAR,
    BOLD,
    ITALIC
}
