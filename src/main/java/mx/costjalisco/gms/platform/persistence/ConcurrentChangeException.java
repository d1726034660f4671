package mx.costjalisco.gms.platform.persistence;

import jakarta.ejb.ApplicationException;

/** Someone else saved the record after it was read for editing; the save is refused and nothing is written. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String recordType, Long id) {
        super(recordType + " " + id + " changed since it was read");
    }
}
