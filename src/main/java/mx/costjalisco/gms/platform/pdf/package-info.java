/**
 * A small document layout engine over Apache PDFBox for the GMS's printed documents: convocations, attendance lists
 * for signatures, minutes and quarterly reports.
 *
 * <p>Callers describe a document as a sequence of blocks — title, headings, paragraphs with inline bold, lists, a facts
 * block, notes and tables — through {@link mx.costjalisco.gms.platform.pdf.PdfDocument}; the engine breaks lines and
 * pages, repeats table headers, and prints the organisation and document title at the top and "page X of Y" at the
 * bottom of every page. Every word on the page comes from the caller: the engine holds no user-visible text, only a
 * default Spanish pattern for the page numbers that callers can replace.
 *
 * <p>Output aims at PDF/A-2b (archival): the Liberation Sans fonts shipped with the application are embedded as
 * subsets, document information and XMP metadata agree, and an sRGB output intent is attached. The package is plain
 * Java without a container, so it is tested with plain JUnit.
 */
package mx.costjalisco.gms.platform.pdf;
