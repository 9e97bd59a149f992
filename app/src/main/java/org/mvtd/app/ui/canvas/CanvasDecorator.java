package org.mvtd.app.ui.canvas;

/**
 * Something drawn on top of the canvas's element skins (live state, lab marks): told about every skin made
 * or dropped. {@link CanvasLayers#addDecorator} replays the skins that exist already.
 */
public interface CanvasDecorator {
    void created(ElementSkin skin);

    void disposed(ElementSkin skin);
}
