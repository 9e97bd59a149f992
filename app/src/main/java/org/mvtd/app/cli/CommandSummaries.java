package org.mvtd.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * The top-level help's command list: each command with the first whole sentence of its description,
 * wrapped. picocli's own list shows only the description's first line, which cuts most summaries
 * mid-sentence because the descriptions wrap at their own width.
 */
final class CommandSummaries implements IHelpSectionRenderer {
    @Override
    public String render(Help help) {
        Map<String, Help> subs = help.subcommands();
        if (subs.isEmpty()) {
            return "";
        }
        int nameWidth = subs.keySet().stream().mapToInt(String::length).max().orElse(0);
        int width = help.commandSpec().usageMessage().width();
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Help> e : subs.entrySet()) {
            String name = e.getKey();
            String lead = "  " + name + " ".repeat(nameWidth - name.length() + 2);
            List<String> lines = wrap(summary(e.getValue().commandSpec().usageMessage().description()),
                    Math.max(20, width - lead.length()));
            for (int i = 0; i < lines.size(); i++) {
                out.append(i == 0 ? lead : " ".repeat(lead.length())).append(lines.get(i)).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    /** The first sentence of a description given as lines: up to the first full stop that ends a word run. */
    static String summary(String[] description) {
        Objects.requireNonNull(description, "description");
        String text = String.join(" ", description).replaceAll("\\s+", " ").strip();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    /** Greedy word wrap; a word longer than the width stays whole on its own line. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Puts this renderer in place of picocli's command list on {@code cl} (the top level only). */
    static void install(CommandLine cl) {
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandSummaries());
    }
}
