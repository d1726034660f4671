package mx.costjalisco.gms.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table whose paging and sorting happen in the database: the table asks for one page, the query
 * returns just that page. Filters live in the backing bean's own labelled fields, which the two functions read.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    /** Counts the rows the current filter matches. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** Loads one page, sorted by a field (or the query's default order when {@code null}). */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        List<T> load(int first, int size, String sortField, boolean ascending);
    }

    /** The row's key, unique in the table. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Counter counter;
    private final Loader<T> loader;
    private final Key<T> key;

    public PagedModel(Counter counter, Loader<T> loader, Key<T> key) {
        this.counter = counter;
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        if (sort == null || sort.getOrder() == SortOrder.UNSORTED) {
            return loader.load(first, pageSize, null, true);
        }
        return loader.load(first, pageSize, sort.getField(), sort.getOrder() == SortOrder.ASCENDING);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> page = getWrappedData();
        return page == null
                ? null
                : page.stream()
                        .filter(row -> getRowKey(row).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
