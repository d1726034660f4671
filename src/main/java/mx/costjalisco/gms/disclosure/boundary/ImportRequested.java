package mx.costjalisco.gms.disclosure.boundary;

import java.nio.file.Path;
import java.util.List;

/**
 * Imports recorded as RUNNING, each with its package file or the URL to fetch it from, to be run once the
 * transaction that recorded them commits.
 */
record ImportRequested(List<Job> jobs) {

    /** One import: its id, and either a file already here or a URL to fetch into {@code file}. */
    record Job(Long importId, Path file, String url) {}
}
