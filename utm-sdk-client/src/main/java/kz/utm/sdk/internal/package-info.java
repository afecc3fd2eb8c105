/**
 * The SDK's machinery, not its API: the one place that sends requests, signs in, retries and
 * turns answers into values or errors ({@link kz.utm.sdk.internal.Transport}), and the JSON
 * mapping. Other parts of the SDK (the resource groups, and later the telemetry streamer and the
 * alert stream) build on it. Its types may change in any release; applications should not use
 * them.
 */
package kz.utm.sdk.internal;
