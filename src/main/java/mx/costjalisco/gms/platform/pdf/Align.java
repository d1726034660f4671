package mx.costjalisco.gms.platform.pdf;

/** Horizontal alignment of the text in a table column (a number column reads best centred or right-aligned). */
public enum Align {
    LEFT,
    CENTER,
    RIGHT
}
