// Each statement below breaks one PendoGen rule; `dotnet build` lists them (see the README).
using PendoGen;

// PENDO002: app_ids must be populated when sync_mode is SpecificAppIds (squiggle on the SyncMode line).
var config = new PendoConfig
{
    Schema = "pendo_prod",
    SyncMode = SyncMode.SpecificAppIds,
};

// PENDO003: the date is not YYYY-MM-DD, exactly under "2000/12/15".
var request = PendoConnectionRequest.FromJson("""
    { "group_id": "g", "config": { "schema": "p", "backward_sync_limit_date": "2000/12/15" } }
    """);

// PENDO004: 45 is not an allowed sync_frequency; PENDO001 (warning): destination_schema_names is missing.
var frequent = new PendoConnectionRequest
{
    GroupId = "g",
    SyncFrequency = 45,
    Config = new PendoConfig { Schema = "pendo_prod" },
};

// PENDO005: app_ids has no effect unless sync_mode is SpecificAppIds.
var ignored = new PendoConfig { Schema = "pendo_prod", AppIds = ["42"] };

// PENDO006: "app_id" is not a property of PendoConfig (did you mean app_ids?).
var unknown = PendoConfig.FromJson("""{ "schema": "p", "app_id": ["42"] }""");

// PENDO007: a secret written into source code.
var leaked = new PendoConfig { Schema = "pendo_prod", Region = PendoRegion.EU, IntegrationKey = "0b5e-hard-coded" };

Console.WriteLine($"{config}{request}{frequent}{ignored}{unknown}{leaked}");
