package org.mvtd.backend.sys;

/** Where a probe node sends and receives whole Ethernet frames: a tap character device or a packet socket. */
public interface FrameChannel extends AutoCloseable {
    /** The file descriptor, for poll. */
    int fd();

    /** The interface it is attached to, for messages. */
    String name();

    void send(byte[] frame) throws SysException;

    /** One frame or null when none is queued. */
    Received receive(byte[] buf) throws SysException;

    @Override
    void close();

    /**
     * One received frame.
     *
     * @param length  bytes written into the buffer
     * @param pktType the kernel's sll_pkttype for sockets; -1 for a tap, which has no such field
     */
    record Received(int length, int pktType) {
    }
}
