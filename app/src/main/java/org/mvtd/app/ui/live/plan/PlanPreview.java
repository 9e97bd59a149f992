package org.mvtd.app.ui.live.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mvtd.backend.link.Plan;
import org.mvtd.backend.link.Step;
import org.mvtd.backend.link.StepKind;
import org.mvtd.model.Design;

/**
 * A dry run to confirm: the helper's plan for one host, grouped by what each step does (deletes and
 * replacements first, the order the helper runs them), with its digest so the apply refuses when the
 * machine changed after the user looked. {@code design} is the design as planned: the apply sends exactly it.
 */
public record PlanPreview(Design design, String host, Plan plan, String digest) {
    /** The order groups are shown in: destructive first. */
    public static final List<StepKind> ORDER = List.of(StepKind.DELETE, StepKind.REPLACE, StepKind.CREATE,
            StepKind.SET_ADDRESS, StepKind.LOWER_ADDRESS, StepKind.UP, StepKind.DOWN, StepKind.NODE);

    public PlanPreview {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(digest, "digest");
    }

    /** One group of steps of a kind. */
    public record Group(StepKind kind, List<Step> steps) {
        public Group {
            steps = List.copyOf(steps);
        }

        /** "Delete", "Replace", "Set address", "Make /dev node" */
        public String title() {
            return PlanPreview.title(kind);
        }
    }

    public boolean nothingToDo() {
        return plan.isEmpty();
    }

    public List<Group> groups() {
        Map<StepKind, List<Step>> by = new EnumMap<>(StepKind.class);
        for (Step s : plan.steps()) {
            by.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        List<Group> out = new ArrayList<>();
        for (StepKind k : ORDER) {
            if (by.containsKey(k)) {
                out.add(new Group(k, by.get(k)));
            }
        }
        return out;
    }

    public int count(StepKind k) {
        return (int) plan.steps().stream().filter(s -> s.kind() == k).count();
    }

    /** "2 create · 1 replace · 1 delete" */
    public String counts() {
        List<String> parts = new ArrayList<>();
        for (Group g : groups()) {
            parts.add(g.steps().size() + " " + word(g.kind()));
        }
        return parts.isEmpty() ? "nothing to do" : String.join(" \u00b7 ", parts);
    }

    /** True when the plan removes or re-creates links (guests on them lose their connection). */
    public boolean destructive() {
        return count(StepKind.DELETE) + count(StepKind.REPLACE) > 0;
    }

    /** The short word for a kind in the counts line. */
    public static String word(StepKind k) {
        return switch (k) {
            case SET_ADDRESS -> "MAC change";
            case LOWER_ADDRESS -> "foreign MAC change";
            case NODE -> "/dev node";
            case UP -> "bring up";
            case DOWN -> "take down";
            default -> k.wireName();
        };
    }

    public static String title(StepKind k) {
        return switch (k) {
            case DELETE -> "Delete";
            case REPLACE -> "Replace (delete and re-create)";
            case CREATE -> "Create";
            case SET_ADDRESS -> "Set MAC address";
            case LOWER_ADDRESS -> "Change the MAC of a device not made by macvtap-designer (passthru)";
            case UP -> "Bring up";
            case DOWN -> "Take down";
            case NODE -> "Make guest /dev node";
        };
    }
}
