package org.mvtd.app.ui.teach.walk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.model.Design;
import org.mvtd.model.Guest;
import org.mvtd.model.reach.FrameWalk;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.reach.WalkStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame walk-through's state, without a stage: the engine's {@link FrameWalk} for the chosen
 * source and destination, a position among its ticks (-1: not sent yet), the narration of the current
 * tick and the outcome at the end. The view animates; this decides what is shown.
 */
public final class WalkViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WalkViewModel.class);
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 4;

    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design", Design.empty(""));
    private final ObservableList<Choice> sources = FXCollections.observableArrayList();
    private final ObservableList<Choice> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<Choice> target = new SimpleObjectProperty<>(this, "target");
    private final ReadOnlyObjectWrapper<FrameWalk> walk = new ReadOnlyObjectWrapper<>(this, "walk");
    private final ObservableList<WalkEvent> events = FXCollections.observableArrayList();
    // Kept: unmodifiable wrappers hold their listeners weakly on the list.
    private final ObservableList<WalkEvent> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", -1);
    private final ReadOnlyIntegerWrapper tick = new ReadOnlyIntegerWrapper(this, "tick", -1);
    private final ReadOnlyStringWrapper narration = new ReadOnlyStringWrapper(this, "narration", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyBooleanWrapper atEnd = new ReadOnlyBooleanWrapper(this, "atEnd");
    private final ReadOnlyBooleanWrapper atStart = new ReadOnlyBooleanWrapper(this, "atStart", true);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final BooleanProperty ping = new SimpleBooleanProperty(this, "ping");
    private PingSequence sequence;
    private List<Integer> ticks = List.of();
    private ReachEngine engine;

    public WalkViewModel() {
        design.addListener((o, a, b) -> rebuild());
        source.addListener((o, a, b) -> recompute());
        target.addListener((o, a, b) -> recompute());
        ping.addListener((o, a, b) -> recompute());
        speed.addListener((o, a, b) -> {
            double s = Math.max(MIN_SPEED, Math.min(MAX_SPEED, b.doubleValue()));
            if (s != b.doubleValue()) {
                speed.set(s);
            }
        });
        rebuild();
    }

    public ObjectProperty<Design> designProperty() { return design; }
    public ObservableList<Choice> sources() { return sources; }
    public ObservableList<Choice> targets() { return targets; }
    public ObjectProperty<Choice> sourceProperty() { return source; }
    public ObjectProperty<Choice> targetProperty() { return target; }
    public ReadOnlyObjectProperty<FrameWalk> walkProperty() { return walk.getReadOnlyProperty(); }
    public FrameWalk walk() { return walk.get(); }
    public ObservableList<WalkEvent> events() { return eventsView; }
    /** The index among the walk's distinct ticks; -1 before the frame is sent. */
    public ReadOnlyIntegerProperty positionProperty() { return position.getReadOnlyProperty(); }
    /** The tick shown now (the walk's own number); -1 before the frame is sent. */
    public ReadOnlyIntegerProperty tickProperty() { return tick.getReadOnlyProperty(); }
    public ReadOnlyStringProperty narrationProperty() { return narration.getReadOnlyProperty(); }
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty atEndProperty() { return atEnd.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty atStartProperty() { return atStart.getReadOnlyProperty(); }
    public BooleanProperty playingProperty() { return playing; }
    public DoubleProperty speedProperty() { return speed; }
    /** Whether a unicast is walked as a whole ping: ARP request and reply, then the echo and its reply. */
    public BooleanProperty pingProperty() { return ping; }

    /** The header of the frame that takes {@code step} of the walk shown. */
    public FrameHeader headerOf(WalkStep step) {
        FrameWalk w = walk.get();
        return sequence == null || w == null ? null : sequence.headerAt(Math.max(0, w.steps().indexOf(step)));
    }

    public Design design() {
        return design.get();
    }

    /** Picks the source by node id; false when the design has no such node. */
    public boolean chooseSource(String nodeId) {
        Optional<Choice> c = sources.stream().filter(x -> Objects.equals(x.id(), nodeId)).findFirst();
        c.ifPresent(source::set);
        return c.isPresent();
    }

    /** Picks the destination by node id, or the broadcast with null. */
    public boolean chooseTarget(String nodeId) {
        Optional<Choice> c = targets.stream().filter(x -> Objects.equals(x.id(), nodeId)).findFirst();
        c.ifPresent(target::set);
        return c.isPresent();
    }

    /** The reach node a canvas element stands for (a guest: its endpoint), or empty. */
    public Optional<String> nodeOf(ElementRef r) {
        return Optional.ofNullable(r == null ? null : ReachViewModel.nodeFor(design.get(), r));
    }

    private void rebuild() {
        Design d = design.get();
        try {
            engine = ReachEngine.of(d);
        } catch (RuntimeException e) {
            LOG.debug("walk: engine refused the design", e);
            engine = null;
        }
        String keepSource = source.get() == null ? null : source.get().id();
        String keepTarget = target.get() == null ? null : target.get().id();
        boolean keepBroadcast = target.get() != null && target.get().broadcast();
        List<Choice> nodes = new ArrayList<>();
        if (engine != null) {
            for (Node n : engine.nodes()) {
                nodes.add(new Choice(n.id(), label(d, n)));
            }
        }
        sources.setAll(nodes);
        List<Choice> to = new ArrayList<>();
        to.add(Choice.BROADCAST);
        to.addAll(nodes);
        targets.setAll(to);
        if (keepSource == null || !chooseSource(keepSource)) {
            source.set(nodes.isEmpty() ? null : nodes.get(0));
        }
        if (keepBroadcast || keepTarget == null || !chooseTarget(keepTarget)) {
            if (keepBroadcast || nodes.size() < 2) {
                target.set(Choice.BROADCAST);
            } else {
                target.set(nodes.stream().filter(c -> !c.equals(source.get())).findFirst().orElse(Choice.BROADCAST));
            }
        }
        recompute();
    }

    private static String label(Design d, Node n) {
        String kind = switch (n.kind()) {
            case ENDPOINT -> n.mode() == null ? "endpoint" : n.mode().kernelName();
            case DEVICE -> "host stack";
            case STATION -> "station";
        };
        return n.id() + (n.guest() != null ? " (" + n.guest() + ", " + kind + ")" : " (" + kind + ")");
    }

    private void recompute() {
        playing.set(false);
        FrameWalk w = null;
        Choice s = source.get();
        Choice t = target.get();
        sequence = null;
        if (engine != null && s != null && t != null && !Objects.equals(s.id(), t.id())) {
            try {
                sequence = ping.get() && !t.broadcast() ? PingSequence.ping(engine, design.get(), s.id(), t.id())
                        : PingSequence.single(design.get(), t.broadcast() ? engine.walkBroadcast(s.id())
                        : engine.walkUnicast(s.id(), t.id()));
                w = sequence.walk();
            } catch (RuntimeException e) {
                LOG.debug("walk failed", e);
            }
        }
        walk.set(w);
        List<WalkEvent> ev = new ArrayList<>();
        Set<Integer> distinct = new LinkedHashSet<>();
        if (w != null) {
            for (int i = 0; i < w.steps().size(); i++) {
                ev.add(WalkEvent.of(i, w.steps().get(i)));
                distinct.add(w.steps().get(i).tick());
            }
        }
        ticks = List.copyOf(distinct);
        events.setAll(ev);
        outcome.set(w == null ? "" : sequence.outcome());
        moveTo(-1);
    }

    static String outcomeOf(FrameWalk w) {
        if (w.broadcast()) {
            return w.delivered()
                    ? "Delivered to " + w.receivers().size() + ": " + String.join(", ", w.receivers())
                    : "Dropped: nobody hears the broadcast from " + w.from() + ".";
        }
        return w.delivered() ? "Delivered: " + w.to() + " receives the frame."
                : "Dropped: the frame never reaches " + w.to() + ".";
    }

    private void moveTo(int p) {
        int last = ticks.size() - 1;
        int next = Math.max(-1, Math.min(last, p));
        tick.set(next < 0 ? -1 : ticks.get(next));
        atStart.set(next < 0);
        atEnd.set(next == last);
        describe(next, last);
        // Last, so that listeners of the position read a consistent tick, narration and end state.
        position.set(next);
    }

    private void describe(int next, int last) {
        FrameWalk w = walk.get();
        if (w == null) {
            Choice s = source.get();
            Choice t = target.get();
            narration.set(s != null && t != null && Objects.equals(s.id(), t.id())
                    ? "Pick a destination other than the source, or the broadcast."
                    : "Pick a source and a destination (or the broadcast).");
            progress.set("");
            playing.set(false);
            return;
        }
        progress.set(next < 0 ? "ready \u00b7 " + ticks.size() + " ticks" : "tick " + tick.get() + " \u00b7 "
                + (next + 1) + " of " + ticks.size());
        narration.set(next < 0 ? "Ready: press Play (Space) or Step (\u2192) to send "
                + (w.broadcast() ? "a broadcast from " + w.from() + "." : "a frame from " + w.from() + " to " + w.to() + ".")
                : narrationAt(w, tick.get()));
        if (next == last && playing.get()) {
            playing.set(false);
        }
    }

    /** What happens at {@code tick}: each distinct rule once, in the walk's order. */
    static String narrationAt(FrameWalk w, int tick) {
        Set<String> rules = new LinkedHashSet<>();
        for (WalkStep s : w.stepsAt(tick)) {
            rules.add(s.rule());
        }
        return String.join("\n", rules);
    }

    /** The steps shown now (all of the current tick; empty before sending). */
    public List<WalkStep> currentSteps() {
        FrameWalk w = walk.get();
        return w == null || tick.get() < 0 ? List.of() : w.stepsAt(tick.get());
    }

    /** Every step up to and including the current tick. */
    public List<WalkStep> stepsSoFar() {
        FrameWalk w = walk.get();
        if (w == null || tick.get() < 0) {
            return List.of();
        }
        return w.steps().stream().filter(s -> s.tick() <= tick.get()).toList();
    }

    public boolean stepForward() {
        if (walk.get() == null || atEnd.get()) {
            return false;
        }
        moveTo(position.get() + 1);
        return true;
    }

    public boolean stepBack() {
        if (walk.get() == null || atStart.get()) {
            return false;
        }
        playing.set(false);
        moveTo(position.get() - 1);
        return true;
    }

    public void restart() {
        playing.set(false);
        moveTo(-1);
    }

    public void toEnd() {
        playing.set(false);
        moveTo(ticks.size() - 1);
    }

    /** Shows the tick of event {@code index} (a click in the event list). */
    public void jumpToEvent(int index) {
        if (index < 0 || index >= events.size()) {
            return;
        }
        playing.set(false);
        moveTo(ticks.indexOf(events.get(index).tick()));
    }

    /** Play from where the walk is (from the start when it is over); pause when playing. */
    public void togglePlay() {
        if (playing.get()) {
            playing.set(false);
            return;
        }
        if (walk.get() == null) {
            return;
        }
        if (atEnd.get()) {
            moveTo(-1);
        }
        playing.set(true);
    }

    /** The first event of the current tick, or -1. */
    public int currentEventIndex() {
        for (WalkEvent e : events) {
            if (e.tick() == tick.get()) {
                return e.index();
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- where things are drawn

    /**
     * The elements a step's frame moves through on the canvas: the hop it leaves, the hop it reaches,
     * and a guest at either end (a guest's endpoint sends for it and delivers to it).
     */
    public List<ElementRef> route(WalkStep s) {
        Design d = design.get();
        ElementRef from = ReachViewModel.refForNode(d, s.from());
        ElementRef to = ReachViewModel.refForNode(d, s.to());
        List<ElementRef> out = new ArrayList<>();
        if (s.kind() == WalkStep.Kind.SEND) {
            guestOf(d, from).ifPresent(out::add);
        }
        add(out, from);
        if (s.kind() != WalkStep.Kind.DROP) {
            add(out, to);
        }
        if (s.kind() == WalkStep.Kind.DELIVER) {
            guestOf(d, to).ifPresent(g -> add(out, g));
        }
        return out;
    }

    /** Where a drop is marked: the hop the frame ends at. */
    public Optional<ElementRef> dropAt(WalkStep s) {
        return Optional.ofNullable(ReachViewModel.refForNode(design.get(), s.to()));
    }

    /** The elements to highlight as receivers once delivered: the node and its guest. */
    public List<ElementRef> receiverElements(String nodeId) {
        Design d = design.get();
        ElementRef r = ReachViewModel.refForNode(d, nodeId);
        List<ElementRef> out = new ArrayList<>();
        add(out, r);
        guestOf(d, r).ifPresent(out::add);
        return out;
    }

    private static void add(List<ElementRef> out, ElementRef r) {
        if (r != null && (out.isEmpty() || !out.get(out.size() - 1).equals(r))) {
            out.add(r);
        }
    }

    private static Optional<ElementRef> guestOf(Design d, ElementRef r) {
        if (r == null || r.kind() != ElementKind.ENDPOINT) {
            return Optional.empty();
        }
        return Elements.guestOn(d, r).map(Guest::name).map(ElementRef::guest);
    }
}
