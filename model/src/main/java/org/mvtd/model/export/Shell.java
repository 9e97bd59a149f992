package org.mvtd.model.export;

/** Quoting for generated bash: every design value reaches a script only through these. */
final class Shell {
    private Shell() {
    }

    /**
     * One bash word with exactly this value: single quotes (each ' written as '\''), or, when the value
     * holds '$' or '`', double quotes with \\ $ ` " escaped, which shellcheck reads as deliberate.
     */
    static String quote(String s) {
        if (s.indexOf('$') < 0 && s.indexOf('`') < 0) {
            return "'" + s.replace("'", "'\\''") + "'";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8).append('"');
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '$' || c == '`' || c == '"') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    /** Free text safe inside a '#' comment line: control characters (a newline would end it) become spaces. */
    static String comment(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.appendCodePoint(c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) ? ' ' : c));
        return sb.toString();
    }
}
