/**
 * Checking a planned route against the restricted zones on the ground station, before
 * submitting it: {@link kz.utm.sdk.precheck.RoutePreCheck}. It runs utm-geofence's index, the
 * one the server checks routes with, and needs {@code kz.utm:utm-geofence} on the class path:
 * the SDK declares it as an optional dependency, so an application that uses this package adds
 * it itself. Nothing else of the SDK refers to this package, so an application without
 * utm-geofence never loads it.
 */
package kz.utm.sdk.precheck;
