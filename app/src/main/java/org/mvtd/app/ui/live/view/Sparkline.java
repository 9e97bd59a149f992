package org.mvtd.app.ui.live.view;

import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;
import org.mvtd.app.ui.theme.Styles;

/** Receive and transmit rates over the last minute as two lines on one scale (tx dashed, so not by colour alone). */
public final class Sparkline extends Region {
    private static final double W = 220;
    private static final double H = 52;
    private final Polyline rx = new Polyline();
    private final Polyline tx = new Polyline();
    private double max;

    public Sparkline() {
        getStyleClass().add(Styles.SPARKLINE);
        rx.getStyleClass().add(Styles.SPARK_RX);
        tx.getStyleClass().add(Styles.SPARK_TX);
        getChildren().addAll(rx, tx);
        setMinSize(W, H);
        setPrefSize(W, H);
        setMaxSize(W, H);
    }

    /** Draws {@code rxRates} and {@code txRates} (bytes/s, oldest first) scaled to the larger peak. */
    public void setData(double[] rxRates, double[] txRates) {
        max = 1;
        for (double v : rxRates) {
            max = Math.max(max, v);
        }
        for (double v : txRates) {
            max = Math.max(max, v);
        }
        fill(rx, rxRates);
        fill(tx, txRates);
    }

    /** The peak the lines are scaled to (bytes/s). */
    public double peak() {
        return max;
    }

    public int points() {
        return rx.getPoints().size() / 2;
    }

    private void fill(Polyline line, double[] v) {
        line.getPoints().clear();
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? W - 3 : 3 + (W - 6) * i / (double) (n - 1);
            double y = H - 3 - (H - 6) * v[i] / max;
            line.getPoints().addAll(x, y);
        }
    }
}
