package org.mvtd.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A Linux host that owns lower devices and the endpoints on them. */
public record Host(String name, List<Device> devices, List<Endpoint> endpoints, Position at) {
    public Host {
        Objects.requireNonNull(name, "name");
        devices = List.copyOf(devices);
        endpoints = List.copyOf(endpoints);
    }

    public static Host of(String name, List<Device> devices, List<Endpoint> endpoints) {
        return new Host(name, devices, endpoints, null);
    }

    public Optional<Device> device(String deviceName) {
        return devices.stream().filter(d -> d.name().equals(deviceName)).findFirst();
    }

    public Optional<Endpoint> endpoint(String endpointName) {
        return endpoints.stream().filter(e -> e.name().equals(endpointName)).findFirst();
    }

    /** The endpoints whose lower device is {@code deviceName}, in design order. */
    public List<Endpoint> endpointsOn(String deviceName) {
        return endpoints.stream().filter(e -> e.lower().equals(deviceName)).toList();
    }

    public Host withName(String n) { return new Host(n, devices, endpoints, at); }
    public Host withDevices(List<Device> d) { return new Host(name, d, endpoints, at); }
    public Host withEndpoints(List<Endpoint> e) { return new Host(name, devices, e, at); }
    public Host withAt(Position p) { return new Host(name, devices, endpoints, p); }

    /** This host with the named endpoint replaced by {@code edit} applied to it. */
    public Host withEndpoint(String endpointName, UnaryOperator<Endpoint> edit) {
        return withEndpoints(endpoints.stream().map(e -> e.name().equals(endpointName) ? edit.apply(e) : e).toList());
    }

    /** This host with the named device replaced by {@code edit} applied to it. */
    public Host withDevice(String deviceName, UnaryOperator<Device> edit) {
        return withDevices(devices.stream().map(d -> d.name().equals(deviceName) ? edit.apply(d) : d).toList());
    }
}
