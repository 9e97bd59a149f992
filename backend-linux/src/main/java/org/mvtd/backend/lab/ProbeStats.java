package org.mvtd.backend.lab;

/**
 * How a probe run went.
 *
 * @param sent             probe frames the kernel accepted
 * @param refused          probe frames the kernel refused to send (a down interface: ENETDOWN)
 * @param deliveries       counted deliveries (unicast to its target as PACKET_HOST, broadcast as PACKET_BROADCAST)
 * @param maxLatencyMicros the slowest send-to-receive time seen
 * @param quietMillis      the quiet period derived from that latency
 * @param markers          marker frames sent after the quiet period along paths seen working
 * @param markersSeen      markers that arrived (all of them, or the run did not settle)
 * @param settleMillis     time from the last probe sent to the end of collection
 */
public record ProbeStats(int sent, int refused, int deliveries, long maxLatencyMicros, long quietMillis, int markers,
                         int markersSeen, long settleMillis) {
    public boolean settled() {
        return markersSeen == markers;
    }
}
