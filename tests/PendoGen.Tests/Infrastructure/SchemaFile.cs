namespace PendoGen.Tests.Infrastructure;

/// <summary>A schema handed to the generator in a test; <see cref="Namespace"/> is the PendoGenNamespace item metadata.</summary>
public sealed record SchemaFile(string Path, string Text, string? Namespace = null)
{
    public static string Dir => AppContext.BaseDirectory;

    /// <summary>The Pendo schemas shipped in the package, generated into namespace PendoGen as the package does.</summary>
    public static IReadOnlyList<SchemaFile> Shipped { get; } =
    [
        FromOutput("ShippedSchemas/pendo-config.schema.json", "PendoGen"),
        FromOutput("ShippedSchemas/pendo-connection.schema.json", "PendoGen"),
        FromOutput("ShippedSchemas/pendo-connection-response.schema.json", "PendoGen"),
        FromOutput("ShippedSchemas/fivetran-error.schema.json", "PendoGen"),
    ];

    public static SchemaFile FromOutput(string relativePath, string? ns = null) =>
        new("/schemas/" + System.IO.Path.GetFileName(relativePath), File.ReadAllText(System.IO.Path.Combine(Dir, relativePath)), ns);
}
