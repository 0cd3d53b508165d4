package io.trailmap.touchpoint.domain;

/** Whether a touchpoint is met online or offline. */
public enum Mode {
    ONLINE, OFFLINE
}
