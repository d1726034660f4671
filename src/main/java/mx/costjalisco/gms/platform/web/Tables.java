package mx.costjalisco.gms.platform.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** What lists do when their filter changes. */
public final class Tables {

    private Tables() {}

    /** Moves a paged table back to its first page, so a narrower filter never leaves it on an empty page. */
    public static void showFirstPage(String clientId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }
}
