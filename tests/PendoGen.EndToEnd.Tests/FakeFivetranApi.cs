using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// A loopback Kestrel server (127.0.0.1, a free port) that plays Fivetran's POST /v1/connections: it checks the
/// Basic auth and Accept headers, parses the body with the generated code, and answers 201 with a realistic body
/// (the integration key masked, setup tests, status) or 400 InvalidInput.
/// </summary>
internal sealed class FakeFivetranApi : IAsyncDisposable
{
    public const string ApiKey = "test-key";
    public const string ApiSecret = "test-secret";

    private readonly WebApplication _app;

    private FakeFivetranApi(WebApplication app) => _app = app;

    /// <summary>Every request body the server received, as sent.</summary>
    public ConcurrentQueue<string> ReceivedBodies { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeFivetranApi> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var api = new FakeFivetranApi(app);
        // A RequestDelegate, not a Task<IResult> handler: minimal APIs would bind a HttpContext → Task<IResult>
        // method group as a RequestDelegate and drop the result.
        app.MapPost("/v1/connections", async context => await (await api.CreateConnectionAsync(context)).ExecuteAsync(context));
        await app.StartAsync();
        api.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return api;
    }

    private async Task<IResult> CreateConnectionAsync(HttpContext context)
    {
        string expectedAuth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ApiKey + ":" + ApiSecret));
        if (context.Request.Headers.Authorization != expectedAuth)
        {
            return Error(401, "AuthFailed", "Missing or invalid API key/secret.");
        }

        if (context.Request.Headers.Accept != "application/json;version=2")
        {
            return Error(406, "NotAcceptable", "Accept must be application/json;version=2.");
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        string body = await reader.ReadToEndAsync();
        ReceivedBodies.Enqueue(body);

        PendoConnectionRequest request;
        try
        {
            request = PendoConnectionRequest.FromJson(body);
        }
        catch (JsonException e)
        {
            return Error(400, "InvalidInput", e.Message);
        }

        // A check only the real service can make: the key must be a Pendo integration key (a UUID, maybe with a region suffix).
        string key = request.Config.IntegrationKey ?? "";
        if (!Guid.TryParse(key.Split('.')[0], out _))
        {
            return Error(400, "InvalidInput", "Invalid integration_key: the Pendo API rejected it.");
        }

        return Results.Text(CreatedBody(request), "application/json", Encoding.UTF8, 201);
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Text(JsonSerializer.Serialize(new { code, message }), "application/json", Encoding.UTF8, status);

    /// <summary>Shaped like Fivetran's 201 (facts §2.14), with the drift real responses show: numbers as strings.</summary>
    private static string CreatedBody(PendoConnectionRequest request) => $$"""
        {
          "code": "Success",
          "message": "Connection has been created",
          "data": {
            "id": "speak_inexpensive",
            "group_id": "{{request.GroupId}}",
            "service": "pendo",
            "service_version": "1",
            "schema": "{{request.Config.Schema}}",
            "paused": false,
            "pause_after_trial": false,
            "connected_by": "interment_burdensome",
            "created_at": "2026-11-27T01:20:29.013729Z",
            "succeeded_at": null,
            "failed_at": null,
            "sync_frequency": "{{request.SyncFrequency ?? 360}}",
            "schedule_type": "auto",
            "data_delay_sensitivity": "NORMAL",
            "networking_method": "Directly",
            "status": {
              "setup_state": "incomplete",
              "sync_state": "scheduled",
              "update_state": "on_schedule",
              "is_historical_sync": true,
              "tasks": [],
              "warnings": [{ "code": "resync_table_warning", "message": "Resync of the table is recommended", "details": {} }]
            },
            "setup_tests": [
              { "title": "Validate Integration Key", "status": "PASSED", "message": "" },
              { "title": "Validate App Ids", "status": "WARNING", "message": "App 5629499534213120 has no data yet" }
            ],
            "config": {
              "sync_mode": "{{request.Config.SyncMode?.ToWireValue()}}",
              "integration_key": "******",
              "app_ids": ["-323232", 5629499534213120],
              "region": "EU",
              "historical_sync_time_frame": "DATE_LIMIT",
              "backward_sync_limit_date": "2000-12-15",
              "future_field": "kept"
            }
          }
        }
        """;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
