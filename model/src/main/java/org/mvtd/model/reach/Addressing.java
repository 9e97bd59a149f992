package org.mvtd.model.reach;

import java.util.List;
import org.mvtd.model.rules.IpAddresses.Cidr;

/**
 * The layer-3 check FORMAT.md's version 2 adds on top of the frames: two nodes that both have addresses of a
 * family can ping in that family only when some pair of their addresses is on-link both ways (each inside the
 * other's prefix), as no routing is modelled. A node without addresses of the family is judged by its frames.
 */
final class Addressing {
    /** Per node: its parsed addresses, empty when it has none (unparsable ones are the validator's). */
    private final List<List<Cidr>> addresses;
    final boolean any;

    Addressing(List<List<Cidr>> addresses) {
        this.addresses = addresses;
        this.any = addresses.stream().anyMatch(a -> !a.isEmpty());
    }

    /** Can {@code a} and {@code b} ping in the family ({@code v6}) as far as their addresses go? */
    boolean onLink(int a, int b, boolean v6) {
        if (!any) {
            return true;
        }
        List<Cidr> x = of(a, v6);
        List<Cidr> y = of(b, v6);
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        for (Cidr p : x) {
            for (Cidr q : y) {
                if (p.onLinkWith(q)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Does {@code i} carry any address of the family? */
    boolean has(int i, boolean v6) {
        return !of(i, v6).isEmpty();
    }

    private List<Cidr> of(int i, boolean v6) {
        return addresses.get(i).stream().filter(c -> c.isV6() == v6).toList();
    }
}
