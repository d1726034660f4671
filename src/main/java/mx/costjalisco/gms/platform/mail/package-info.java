/**
 * Mail: a transactional outbox and its SMTP sender.
 *
 * <p>A notice is never sent inside the user's request. {@link mx.costjalisco.gms.platform.mail.Outbox#enqueue}
 * writes one row per recipient in the same transaction as the business change, so a change that rolls back sends
 * nothing and a change that commits is never without its notice. After commit, and on a timer (also at start-up, so
 * rows left by a restart go out), the sender claims each due row with one conditional UPDATE — two instances on one
 * database never send the same row — and delivers it over SMTP with Jakarta Mail, retrying with a doubling back-off.
 * Without {@code GMS_SMTP_HOST} nothing is sent and the rows wait in the outbox.
 */
package mx.costjalisco.gms.platform.mail;
