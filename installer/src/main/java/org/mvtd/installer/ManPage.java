package org.mvtd.installer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes a section-1 man page in roff straight from a picocli {@link CommandSpec}: the same
 * model that prints {@code --help}, so the two never drift. (picocli-codegen's generator emits
 * AsciiDoc, which would need Asciidoctor on JRuby to become roff; this is the few lines we need.)
 */
public final class ManPage {
    /** An extra section after the generated ones (FILES, SEE ALSO, ...). */
    public record Section(String title, List<Entry> entries) {
        public Section {
            Objects.requireNonNull(title, "title");
            entries = List.copyOf(entries);
        }
    }

    /** A tagged paragraph; with an empty term, a plain paragraph. */
    public record Entry(String term, String text) {
        public Entry {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(text, "text");
        }
    }

    private ManPage() {
    }

    public static String render(CommandSpec root, LocalDate date, List<Section> extra) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(extra, "extra");
        String name = root.name();
        String version = root.version().length > 0 ? root.version()[0] : name;
        StringBuilder out = new StringBuilder();
        out.append(".TH ").append(escape(name.toUpperCase(java.util.Locale.ROOT))).append(" 1 \"")
                .append(date).append("\" \"").append(escape(version)).append("\" \"User Commands\"\n");
        out.append(".SH NAME\n").append(escape(name)).append(" \\- ")
                .append(escape(firstSentence(description(root)))).append('\n');
        out.append(".SH SYNOPSIS\n");
        synopsis(out, root);
        out.append(".SH DESCRIPTION\n");
        paragraphs(out, description(root));
        arguments(out, root, ".SH");
        List<CommandSpec> commands = visibleSubcommands(root);
        if (!commands.isEmpty()) {
            out.append(".SH COMMANDS\n");
            for (CommandSpec command : commands) {
                command(out, command);
            }
        }
        exitCodes(out, root);
        for (Section section : extra) {
            out.append(".SH \"").append(escape(section.title().toUpperCase(java.util.Locale.ROOT))).append("\"\n");
            for (Entry entry : section.entries()) {
                out.append(entry.term().isEmpty() ? ".PP\n" : ".TP\n\\fI" + escape(entry.term()) + "\\fR\n");
                paragraphs(out, entry.text());
            }
        }
        return out.toString();
    }

    private static void command(StringBuilder out, CommandSpec command) {
        out.append(".SS \"").append(escape(command.qualifiedName())).append("\"\n");
        synopsis(out, command);
        out.append(".PP\n");
        paragraphs(out, description(command));
        arguments(out, command, ".SS");
        for (CommandSpec sub : visibleSubcommands(command)) {
            command(out, sub);
        }
    }

    private static void synopsis(StringBuilder out, CommandSpec spec) {
        CommandLine.Help help = new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(Ansi.OFF));
        String text = help.synopsis(0).strip();
        String qualified = spec.qualifiedName();
        // picocli starts the synopsis with the command's path; print that in bold.
        String rest = text.startsWith(qualified) ? text.substring(qualified.length()).strip() : text;
        out.append(".nf\n\\fB").append(escape(qualified)).append("\\fR ")
                .append(escape(rest.replaceAll("\\s*\\R\\s*", " "))).append("\n.fi\n");
    }

    private static void arguments(StringBuilder out, CommandSpec spec, String heading) {
        List<PositionalParamSpec> params = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        if (!params.isEmpty()) {
            out.append(heading.equals(".SH") ? ".SH ARGUMENTS\n" : ".PP\nArguments:\n");
            for (PositionalParamSpec param : params) {
                out.append(".TP\n\\fI").append(escape(param.paramLabel())).append("\\fR\n");
                paragraphs(out, argDescription(param));
            }
        }
        boolean root = spec.parent() == null;
        // Subcommands repeat neither --help/--version nor options inherited from the root: said once above.
        List<OptionSpec> options = spec.options().stream()
                .filter(o -> !o.hidden())
                .filter(o -> root || !(o.usageHelp() || o.versionHelp() || o.inherited()))
                .toList();
        if (!options.isEmpty()) {
            out.append(heading.equals(".SH") ? ".SH OPTIONS\n" : ".PP\nOptions:\n");
            for (OptionSpec option : options) {
                out.append(".TP\n").append(optionTerm(option)).append('\n');
                paragraphs(out, argDescription(option));
            }
        }
    }

    private static String optionTerm(OptionSpec option) {
        StringBuilder term = new StringBuilder();
        for (String optionName : option.names()) {
            if (term.length() > 0) {
                term.append(", ");
            }
            term.append("\\fB").append(escape(optionName)).append("\\fR");
        }
        if (option.arity().max() > 0) {
            term.append(' ').append("\\fI").append(escape(option.paramLabel())).append("\\fR");
        }
        return term.toString();
    }

    private static void exitCodes(StringBuilder out, CommandSpec spec) {
        Map<String, String> codes = spec.usageMessage().exitCodeList();
        if (codes.isEmpty()) {
            return;
        }
        out.append(".SH \"EXIT STATUS\"\n");
        codes.forEach((code, meaning) -> out.append(".TP\n\\fB").append(escape(code.strip())).append("\\fR\n")
                .append(escape(meaning.strip())).append('\n'));
    }

    private static List<CommandSpec> visibleSubcommands(CommandSpec spec) {
        return spec.subcommands().values().stream()
                .map(CommandLine::getCommandSpec)
                .filter(s -> !s.usageMessage().hidden())
                .distinct() // aliases map to the same spec
                .toList();
    }

    private static String description(CommandSpec spec) {
        return String.join("\n", spec.usageMessage().description());
    }

    /** picocli fills these variables only when printing help; do the same here. */
    private static String argDescription(ArgSpec arg) {
        String text = String.join("\n", arg.description());
        String defaultValue = arg.defaultValueString();
        text = text.replace("${DEFAULT-VALUE}", defaultValue == null ? "" : defaultValue);
        Iterable<String> candidates = arg.completionCandidates();
        if (candidates != null) {
            text = text.replace("${COMPLETION-CANDIDATES}", String.join(", ", candidates));
        }
        return text;
    }

    private static String firstSentence(String text) {
        String line = text.strip().split("\\R", 2)[0];
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static void paragraphs(StringBuilder out, String text) {
        String[] paras = text.strip().split("\\R\\s*\\R");
        for (int i = 0; i < paras.length; i++) {
            if (i > 0) {
                out.append(".PP\n");
            }
            for (String line : paras[i].strip().split("\\R")) {
                out.append(escape(line.strip())).append('\n');
            }
        }
    }

    /** Roff-escapes text: backslashes, minus signs, and control characters at the start of a line. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        if (escaped.startsWith(".") || escaped.startsWith("'")) {
            escaped = "\\&" + escaped;
        }
        return escaped;
    }
}
