package org.mvtd.app.ui.viewmodel;

import java.util.Locale;

/** The shipped examples File → New from Template offers, each with the one line that says what it shows. */
public enum Template {
    BRIDGE_MODE("bridge-mode", "Bridge mode on one NIC", "guests reach each other and the router, not the host"),
    HOST_SHIM("host-shim", "Host shim", "the host reaches its bridge-mode guests through a macvlan shim"),
    PRIVATE_ISOLATION("private-isolation", "Private tenants", "tenants share a NIC but never hear each other"),
    VEPA_HAIRPIN("vepa-hairpin", "VEPA with a hairpin switch", "guests meet only because the switch reflects frames"),
    PASSTHRU_SRIOV("passthru-sriov", "Passthru on a virtual function", "one guest owns an SR-IOV VF; nobody may share it");

    private final String file;
    private final String title;
    private final String description;

    Template(String file, String title, String description) {
        this.file = file;
        this.title = title;
        this.description = description;
    }

    /** The classpath resource in the model's examples. */
    public String resource() {
        return "/org/mvtd/model/examples/" + file + ".mvtd.yaml";
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** Menu item ids: {@code template-host-shim}. */
    public String id() {
        return "template-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
