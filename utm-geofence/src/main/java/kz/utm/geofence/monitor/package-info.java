/**
 * Conformance monitoring: every telemetry point judged against the restricted zones and the
 * drone's active plan, and one event per change of a drone's status.
 *
 * <p>{@link kz.utm.geofence.monitor.GeofenceConformanceMonitor} is utm-core's
 * {@link kz.utm.core.telemetry.ConformanceMonitor}; plug it into {@code UtmCore.builder()} and
 * call its {@link kz.utm.geofence.monitor.GeofenceConformanceMonitor#sweep() sweep} from a
 * scheduler to learn of drones that fell silent.
 */
package kz.utm.geofence.monitor;
