package org.mvtd.model.reach;

import java.util.List;
import org.mvtd.model.rules.IpAddresses.Cidr;

/**
 * The layer-3 check FORMAT.md's version 2 adds on top of the frames: two nodes that both have addresses of a
 * family can ping in that family only when some pair of their addresses is on-link both ways (each inside the
 * other's prefix), as no routing is modelled. A node without addresses of the family is judged by its frames.
 */
final class Addressing {
    /** Per node: its parsed IPv4 and IPv6 addresses, empty when it has none (unparsable ones are the validator's). */
    private final Cidr[][] v4;
    private final Cidr[][] v6;
    final boolean any;

    Addressing(List<List<Cidr>> addresses) {
        int n = addresses.size();
        this.v4 = new Cidr[n][];
        this.v6 = new Cidr[n][];
        for (int i = 0; i < n; i++) {
            v4[i] = addresses.get(i).stream().filter(c -> !c.isV6()).toArray(Cidr[]::new);
            v6[i] = addresses.get(i).stream().filter(Cidr::isV6).toArray(Cidr[]::new);
        }
        this.any = addresses.stream().anyMatch(a -> !a.isEmpty());
    }

    /** Can {@code a} and {@code b} ping in the family ({@code v6}) as far as their addresses go? */
    boolean onLink(int a, int b, boolean v6) {
        if (!any) {
            return true;
        }
        Cidr[] x = of(a, v6);
        Cidr[] y = of(b, v6);
        if (x.length == 0 || y.length == 0) {
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
        return of(i, v6).length > 0;
    }

    private Cidr[] of(int i, boolean six) {
        return six ? v6[i] : v4[i];
    }
}
