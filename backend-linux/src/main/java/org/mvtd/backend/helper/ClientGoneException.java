package org.mvtd.backend.helper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The client's end of the channel closed while the helper wrote to it: the session is over, nothing failed. */
final class ClientGoneException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    ClientGoneException(IOException cause) {
        super("client went away: " + cause.getMessage(), cause);
    }
}
