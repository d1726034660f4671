package mx.costjalisco.gms.account.entity;

/** Why a password link was sent: an invitation to a new account, or a reset of a forgotten password. */
public enum TokenPurpose {
    INVITATION,
    RESET
}
