package org.linju.audit;

/** What was done. Labels are {@code audit.action.NAME} in the message bundles. */
public enum AuditAction {
    VIEW_PERSONAL_DATA,
    SEARCH_PERSONAL_DATA,
    REVEAL_PERSONAL_DATA,
    EXPORT_PERSONAL_DATA,
    CHANGE_PERSONAL_DATA,
    IMPORT,
    SUBJECT_ACCESS_EXPORT,
    ANONYMISE,
    ROLE_CHANGE,
    KEY_ROTATION,
    RETENTION_PURGE,
    SETTINGS_CHANGE,
    SIGN_IN_RELEASE,
    ACCOUNT_OPEN,
    ACCOUNT_CHANGE,
    ACCOUNT_DISABLE,
    ACCOUNT_ENABLE,
    PASSWORD_RESET
}
