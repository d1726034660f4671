package mx.costjalisco.gms.platform.pdf;

import java.io.IOException;

/** A part of a document that lays itself out on the pages, starting at the cursor and breaking pages as it needs. */
interface Block {

    void layout(PageLayout pages) throws IOException;
}
