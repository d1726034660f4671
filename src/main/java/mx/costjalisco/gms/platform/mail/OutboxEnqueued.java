package mx.costjalisco.gms.platform.mail;

import java.util.List;

/** Rows were written to the outbox. Carries ids only: the observer runs after commit, in another thread. */
public record OutboxEnqueued(List<Long> messageIds) {}
