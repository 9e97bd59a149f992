package org.mvtd.model.reach;

import java.util.Arrays;

/** Growable primitive lists: compile() runs on every edit of large designs, so avoid boxing per node. */
final class PrimitiveLists {
    private PrimitiveLists() {
    }

    static final class IntList {
        private int[] a = new int[16];
        private int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int get(int i) {
            return a[i];
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }

    static final class BoolList {
        private boolean[] a = new boolean[16];
        private int size;

        void add(boolean v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        boolean get(int i) {
            return a[i];
        }

        boolean[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }

    static final class ByteList {
        private byte[] a = new byte[16];
        private int size;

        void add(byte v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        byte[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
