package org.mvtd.model.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Safe, unique file names in one directory, made from free-text object names. */
final class FileNames {
    private final Set<String> taken = new HashSet<>();

    /**
     * Letters, digits and {@code . _ - + @} stay, anything else becomes '_'; a leading '.' becomes
     * '_' so no name is hidden, '.' or '..'; an empty name becomes '_'.
     */
    static String safe(String freeText) {
        StringBuilder sb = new StringBuilder(freeText.length());
        freeText.codePoints().forEach(c -> {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-' || c == '+' || c == '@';
            sb.append(ok ? (char) c : '_');
        });
        if (sb.length() == 0 || sb.charAt(0) == '.') {
            sb.insert(0, '_');
        }
        return sb.toString();
    }

    /** {@code safe(freeText) + suffix}, or with "-N" before the suffix if that is taken (case-insensitively). */
    String claim(String freeText, String suffix) {
        String base = safe(freeText);
        String name = base + suffix;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n + suffix;
        }
        return name;
    }
}
