-- UTM Kit schema, version 3: drones.last_telemetry_id -> telemetry_logs(id), added once both
-- tables exist (the seed's use_alter): telemetry_logs.drone_id refers back to drones.

ALTER TABLE drones
    ADD CONSTRAINT fk_drones_last_telemetry_id FOREIGN KEY (last_telemetry_id) REFERENCES telemetry_logs (id);
