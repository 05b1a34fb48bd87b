package dev.backease.store;

import java.util.regex.Pattern;

/** Removing secrets from JDBC URLs before they appear in a message or a log line. */
public final class JdbcUrls {
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;\\s]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+):[^@/\\s]*@");

    private JdbcUrls() {
    }

    public static String withoutPassword(String url) {
        if (url == null) {
            return "";
        }
        String safe = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(safe).replaceAll("$1:***@");
    }
}
