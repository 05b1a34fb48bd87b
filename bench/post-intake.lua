-- wrk script: POST the contract's example intake as JSON (bench/load.sh).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"mode":"partner","pain":{"intensity":4,"character":["aching"],"durationDays":3,"trend":"same"},"injury":"none","symptoms":[],"conditions":["blood_thinners"],"tools":["tennis_ball","massage_oil"],"minutesAvailable":10,"comfortMax":6}]]

