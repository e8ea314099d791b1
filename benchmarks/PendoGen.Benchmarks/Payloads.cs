using System.Text;

namespace PendoGen.Benchmarks;

/// <summary>The full create-connection request (every field set) and a realistic 201 response.</summary>
internal static class Payloads
{
    public const string Request = """{"group_id":"projected_sickle","service":"pendo","trust_certificates":true,"trust_fingerprints":true,"run_setup_tests":true,"paused":false,"pause_after_trial":false,"sync_frequency":1440,"data_delay_sensitivity":"CUSTOM","data_delay_threshold":30,"daily_sync_time":"14:00","schedule_type":"auto","connect_card_config":{"redirect_uri":"https://your.site/path","hide_setup_guide":true},"proxy_agent_id":"proxy_agent_id","private_link_id":"private_link_id","networking_method":"Directly","hybrid_deployment_agent_id":"hybrid_deployment_agent_id","destination_configuration":{"virtual_warehouse":"virtual_warehouse"},"destination_schema_names":"SOURCE_NAMING","config":{"sync_mode":"SpecificAppIds","integration_key":"11111111-2222-3333-4444-555555555555.eu","app_ids":["-323232","5629499534213120"],"backward_sync_limit_date":"2000-12-15","region":"EU","historical_sync_time_frame":"DATE_LIMIT","schema":"pendo_prod"}}""";

    public const string Response = """{"code":"Success","message":"Connection has been created","data":{"id":"speak_inexpensive","group_id":"projected_sickle","service":"pendo","service_version":1,"schema":"pendo_prod","paused":false,"pause_after_trial":false,"connected_by":"interment_burdensome","created_at":"2026-11-27T01:20:29.013729Z","succeeded_at":null,"failed_at":null,"sync_frequency":1440,"schedule_type":"auto","status":{"setup_state":"incomplete","sync_state":"scheduled","update_state":"on_schedule","is_historical_sync":true},"setup_tests":[{"title":"Validate Integration Key","status":"PASSED","message":""},{"title":"Validate App Ids","status":"WARNING","message":"App 5629499534213120 has no data yet"}],"config":{"sync_mode":"SpecificAppIds","integration_key":"******","app_ids":["-323232","5629499534213120"],"region":"EU"}}}""";

    public static readonly byte[] RequestUtf8 = Encoding.UTF8.GetBytes(Request);
    public static readonly byte[] ResponseUtf8 = Encoding.UTF8.GetBytes(Response);
}
