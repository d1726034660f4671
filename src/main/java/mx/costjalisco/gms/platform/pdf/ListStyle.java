package mx.costjalisco.gms.platform.pdf;

/** How list items are marked: bullets when order does not matter, numbers when it does (an agenda). */
public enum ListStyle {
    BULLETED,
    NUMBERED
}
