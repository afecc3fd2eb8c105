/**
 * The geofence: restricted zones compiled into an immutable spatial index, checked against
 * every telemetry point and every planned route.
 */
package kz.utm.geofence;
