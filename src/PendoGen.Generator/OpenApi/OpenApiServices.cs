using System;
using System.Collections.Generic;
using System.Linq;
using PendoGen.Common;
using PendoGen.Diagnostics;
using PendoGen.Json;
using PendoGen.Model;
using PendoGen.Schema;

namespace PendoGen.OpenApi;

/// <summary>What an OpenAPI item expands to: one schema document per service, and the lint found on the way.</summary>
internal sealed record OpenApiExpansion(EquatableArray<SchemaDocument> Documents, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly OpenApiExpansion Empty = new(EquatableArray<SchemaDocument>.Empty, EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>
/// Reads the create-connection operation of an OpenAPI document (<c>POST /v1/connections</c>): its request body
/// schema names the service by a <c>discriminator</c>, whose mapping gives each service's request schema (an
/// <c>allOf</c> of the shared envelope, the service's config and more). Each requested service becomes one schema
/// document: the merged request, <c>service</c> fixed to the service name, titled <c>&lt;Service&gt;ConnectionRequest</c>,
/// its own parts' records prefixed with the service name (<c>&lt;Service&gt;Config</c>), in namespace
/// <c>&lt;prefix&gt;.&lt;Service&gt;</c>.
/// </summary>
internal static class OpenApiServices
{
    /// <summary>The operation whose request body is generated: Fivetran's create-connection call.</summary>
    private const string OperationPointer = "#/paths/~1v1~1connections/post/requestBody/content/application~1json/schema";

    public static OpenApiExpansion Expand(OpenApiSource source, OpenApiRequest request, IReadOnlyList<OpenApiSource>? all = null)
    {
        var lint = new Lint();
        lint.AddRange(source.Diagnostics);
        if (source.Root is null)
        {
            return new OpenApiExpansion(EquatableArray<SchemaDocument>.Empty, lint.ToArray());
        }

        try
        {
            return ExpandCore(source, request, all ?? new[] { source }, lint);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never crash the compiler: a bug here becomes a diagnostic on the document.
            lint.Report(DiagnosticDescriptors.InternalError, source.Path, default, e.GetType().Name + ": " + e.Message);
            return new OpenApiExpansion(EquatableArray<SchemaDocument>.Empty, lint.ToArray());
        }
    }

    private static OpenApiExpansion ExpandCore(OpenApiSource source, OpenApiRequest request, IReadOnlyList<OpenApiSource> all, Lint lint)
    {
        SourceSpan start = new(0, 0, 0, 0, 0, 0);
        if (source.Resolve(OperationPointer) is not JsonObject { } body ||
            JsonBuild.StringOf(body, "$ref") is not { } envelopePointer ||
            source.Resolve(envelopePointer) is not JsonObject envelope ||
            JsonBuild.ObjectOf(envelope, "discriminator") is not { } discriminator ||
            JsonBuild.StringOf(discriminator, "propertyName") is not { } serviceProperty ||
            JsonBuild.ObjectOf(discriminator, "mapping") is not { } mapping)
        {
            lint.Report(DiagnosticDescriptors.OpenApiServiceNotFound, source.Path, start,
                $"{source.FileName} has no create-connection operation (POST /v1/connections) whose request body names the service by a discriminator; no services are generated from it");
            return new OpenApiExpansion(EquatableArray<SchemaDocument>.Empty, lint.ToArray());
        }

        IEnumerable<string> services = request.AllServices ? mapping.Members.Select(m => m.Name) : request.Services;
        var normalizer = new SchemaNormalizer(all, lint);
        var envelopeProperties = new HashSet<string>(
            (JsonBuild.ObjectOf(envelope, "properties")?.Members ?? EquatableArray<JsonMember>.Empty).Select(m => m.Name), StringComparer.Ordinal);
        var documents = new List<SchemaDocument>();
        var namespaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string service in services)
        {
            if (mapping.Find(service) is not { Value: JsonString target } entry)
            {
                lint.Report(DiagnosticDescriptors.OpenApiServiceNotFound, source.Path, NameSpanOf(discriminator, "mapping"),
                    $"PendoGenOpenApiServices names '{service}', which is not a service of {source.FileName}{Suggestion(service, mapping)}");
                continue;
            }

            string segment = Naming.ToPascalCase(service);
            string ns = request.Namespace.Length == 0 ? segment : request.Namespace + "." + segment;
            if (namespaces.TryGetValue(ns, out string? other))
            {
                lint.Report(DiagnosticDescriptors.OpenApiServiceNotFound, source.Path, entry.NameSpan,
                    $"Services '{other}' and '{service}' would both generate into namespace '{ns}'; '{service}' is left out");
                continue;
            }

            namespaces[ns] = service;
            if (BuildService(source, service, target, envelopePointer, envelopeProperties, serviceProperty, normalizer, lint) is { } schema)
            {
                documents.Add(SchemaParser.Parse(OpenApiPaths.ForService(source.Path, service), ns, schema));
            }
        }

        return new OpenApiExpansion(documents.ToEquatableArray(), lint.ToArray());
    }

    private static JsonObject? BuildService(
        OpenApiSource source, string service, JsonString target, string envelopePointer, HashSet<string> envelopeProperties,
        string serviceProperty, SchemaNormalizer normalizer, Lint lint)
    {
        if (source.Resolve(target.Value) is not JsonObject requestSchema)
        {
            lint.Report(DiagnosticDescriptors.UnresolvedReference, source.Path, target.Span, $"'{target.Value}' points to nothing in {source.FileName}");
            return null;
        }

        // Each part is normalized alone first: an empty object in a service's own part (an undocumented config)
        // keeps every property, which must be known before it is merged with parts that add properties to it.
        JsonObject merged = JsonBuild.Without(requestSchema, "allOf");
        merged = normalizer.Normalize(merged, source, source.Path) as JsonObject ?? merged;
        if (requestSchema.Find("allOf")?.Value is JsonArray parts)
        {
            foreach (JsonValue part in parts.Items)
            {
                if (normalizer.Normalize(part, source, source.Path) is not JsonObject normalized)
                {
                    continue;
                }

                bool own = !(part is JsonObject p && JsonBuild.StringOf(p, "$ref") == envelopePointer);
                merged = SchemaMerger.Merge(merged, own ? OpenEmptyObjects(normalized, source, lint) : normalized);
            }
        }

        merged = FixService(merged, serviceProperty, service, target.Span);
        string prefix = Naming.ToPascalCase(service);
        return TypeHoister.Hoist(
            merged,
            prefix + "ConnectionRequest",
            property => envelopeProperties.Contains(property) ? null : prefix + Naming.ToPascalCase(property),
            source.Path,
            lint);
    }

    /// <summary>A top-level object with no properties in a service's part: an empty record that keeps every property.</summary>
    private static JsonObject OpenEmptyObjects(JsonObject part, OpenApiSource source, Lint lint)
    {
        if (JsonBuild.ObjectOf(part, "properties") is not { } properties)
        {
            return part;
        }

        var members = new List<JsonMember>();
        foreach (JsonMember property in properties.Members)
        {
            JsonMember result = property;
            if (property.Value is JsonObject schema && JsonBuild.StringOf(schema, "type") == "object" &&
                schema.Find("properties") is null && schema.Find("additionalProperties") is null)
            {
                lint.Report(DiagnosticDescriptors.EmptyObjectKeepsProperties, source.Path, schema.Span,
                    $"'{property.Name}' is an object with no documented properties: it is generated as a record that keeps every property it is given (additionalProperties: true)");
                result = new JsonMember(property.Name, property.NameSpan,
                    JsonBuild.With(schema, "additionalProperties", new JsonBoolean(true, schema.Span), schema.Span));
            }

            members.Add(result);
        }

        return JsonBuild.With(part, "properties", JsonBuild.Object(members, properties.Span), default);
    }

    /// <summary>The discriminating property is fixed to this service (<c>const</c>); the envelope's example and enum go.</summary>
    private static JsonObject FixService(JsonObject request, string serviceProperty, string service, SourceSpan span)
    {
        JsonObject properties = JsonBuild.ObjectOf(request, "properties") ?? JsonBuild.Object(Array.Empty<JsonMember>(), span);
        JsonObject schema = properties.Find(serviceProperty)?.Value as JsonObject ?? JsonBuild.Object(Array.Empty<JsonMember>(), span);
        schema = JsonBuild.Without(schema, "enum", "example");
        schema = JsonBuild.With(schema, "type", new JsonString("string", schema.Span), schema.Span);
        schema = JsonBuild.With(schema, "const", new JsonString(service, span), span);
        properties = JsonBuild.With(properties, serviceProperty, schema, span);
        return JsonBuild.With(request, "properties", properties, span);
    }

    private static SourceSpan NameSpanOf(JsonObject obj, string name) => obj.Find(name)?.NameSpan ?? obj.Span;

    /// <summary>" (did you mean 'google_ads'?)" for the closest service name, when one is close.</summary>
    private static string Suggestion(string service, JsonObject mapping)
    {
        string? best = null;
        int bestDistance = Math.Max(2, service.Length / 3) + 1;
        foreach (JsonMember candidate in mapping.Members)
        {
            int distance = Distance(service.ToLowerInvariant(), candidate.Name.ToLowerInvariant(), bestDistance);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate.Name, distance);
            }
        }

        return best is null ? "" : $" (did you mean '{best}'?)";
    }

    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) >= limit)
        {
            return limit;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
