/** What the account pages keep besides the accounts themselves: one-time password links and reset requests. */
package mx.costjalisco.gms.account.entity;
