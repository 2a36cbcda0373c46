# SPDX-License-Identifier: MIT
# Planning over time: forecast (lib/rules Forecast, OrgAsOf).
target_sources(orgdesigner-cli PRIVATE
    cli/cmd_forecast.cpp
)
