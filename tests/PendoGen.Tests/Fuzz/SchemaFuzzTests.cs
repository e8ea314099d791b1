using System.Text.Json;
using PendoGen.Tests.Infrastructure;
using Xunit.Abstractions;
using static PendoGen.Tests.Fuzz.SchemaMutator;

namespace PendoGen.Tests.Fuzz;

/// <summary>
/// Schema fuzzing: the shipped schemas and the test schema, broken in every way a person or a tool could break
/// them, run through the whole generator. For every case the generator must not throw or report an internal
/// error; each diagnostic is a PENDO1xx inside a schema file; without errors the output compiles; and two runs
/// give the same bytes. Cases come from fixed seeds; a failure names the case (family, file, seed, edits).
/// PENDOGEN_FUZZ_SCALE multiplies the number of cases (CI runs scale 1).
/// </summary>
public class SchemaFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20240611;

    public static TheoryData<string> Bases() => new(BaseSchema.All.Select(b => b.Name));

    private FuzzChecker Checker(string family) => new(output, family);

    // ---- truncation ----

    [Theory]
    [InlineData("pendo-config", 1)]
    [InlineData("widget-connector", 1)]
    [InlineData("fivetran-error", 1)]
    [InlineData("pendo-connection", 16)]
    [InlineData("pendo-connection-response", 16)]
    public void Truncated_schemas(string baseName, int stride)
    {
        BaseSchema schema = BaseSchema.Get(baseName);
        int step = FuzzScale.Stride(stride);
        FuzzChecker checker = Checker($"truncation/{baseName}");
        checker.CheckAll(
            Enumerable.Range(0, (schema.Text.Length + step - 1) / step).Select(i => i * step)
                .Select(length => schema.With($"truncation at {length}", schema.Text.Substring(0, length))),
            determinismEvery: 50);
        checker.AssertClean(floor: schema.Text.Length / step);
    }

    [Theory]
    [MemberData(nameof(Bases))]
    public void Truncated_and_closed_schemas(string baseName)
    {
        BaseSchema schema = BaseSchema.Get(baseName);
        int step = FuzzScale.Stride(32 * schema.Cost);
        FuzzChecker checker = Checker($"truncate-and-close/{baseName}");
        checker.CheckAll(
            Enumerable.Range(0, schema.Text.Length / step).Select(i => i * step)
                .Select(length => schema.With($"truncate at {length} and close", TruncateAndClose(schema.Text, length))));
        checker.AssertClean(floor: schema.Text.Length / step - 1);
    }

    // ---- random bytes and tokens ----

    [Theory]
    [MemberData(nameof(Bases))]
    public void Random_byte_edits(string baseName)
    {
        BaseSchema schema = BaseSchema.Get(baseName);
        int count = FuzzScale.Cases(200) / schema.Step;
        FuzzChecker checker = Checker($"byte-edits/{baseName}");
        checker.CheckAll(Enumerable.Range(0, count).Select(i =>
        {
            var rng = new Random(Seed + i);
            var log = new List<string>();
            string text = ByteEdits(schema.Text, rng, 1 + rng.Next(4), log);
            return schema.With($"byte edits, seed {Seed}+{i}: {string.Join("; ", log)}", text);
        }));
        checker.AssertClean(floor: count);
    }

    [Theory]
    [MemberData(nameof(Bases))]
    public void Random_token_edits(string baseName)
    {
        BaseSchema schema = BaseSchema.Get(baseName);
        int count = FuzzScale.Cases(200);
        FuzzChecker checker = Checker($"token-edits/{baseName}");
        checker.CheckAll(Enumerable.Range(0, count).Select(i =>
        {
            var rng = new Random(Seed + i);
            var log = new List<string>();
            string text = TokenEdits(schema.Text, rng, 1 + rng.Next(3), log);
            return schema.With($"token edits, seed {Seed}+{i}: {string.Join("; ", log)}", text);
        }));
        checker.AssertClean(floor: count);
    }

    // ---- keywords of the wrong type ----

    [Theory]
    [MemberData(nameof(Bases))]
    public void Keywords_of_the_wrong_type(string baseName)
    {
        BaseSchema schema = BaseSchema.Get(baseName);
        SpanNode root = SpanParser.Parse(schema.Text);
        int perKeyword = Math.Min(WrongTypeValues.Length, FuzzScale.Cases(2));
        FuzzChecker checker = Checker($"wrong-type/{baseName}");

        IEnumerable<FuzzCase> Cases()
        {
            // Every keyword occurrence of the file, its value replaced by values of other JSON types.
            var members = root.Descendants().Where(n => n.Kind == JsonValueKind.Object)
                .SelectMany(n => n.Members).Where(m => Keywords.Contains(m.Name)).ToList();
            for (int i = 0; i < members.Count; i += schema.Step)
            {
                SpanMember member = members[i];
                var rng = new Random(Seed + i);
                foreach (string value in rng.PickDistinct(WrongTypeValues, perKeyword))
                {
                    yield return schema.With($"'{member.Name}' #{i} at {member.NameStart} := {value}", Replace(schema.Text, member.Value.Start, member.Value.End, value));
                }
            }

            // Every keyword (including those the file does not use) added to the root and to a random subschema.
            List<SchemaLocation> locations = SpanParser.Schemas(root);
            for (int k = 0; k < Keywords.Length; k++)
            {
                var rng = new Random(Seed + k);
                foreach (string value in rng.PickDistinct(WrongTypeValues, perKeyword))
                {
                    SchemaLocation at = rng.Next(3) == 0 ? locations[0] : rng.Pick(locations);
                    yield return schema.With($"add '{Keywords[k]}': {value} to {at.Pointer}", InsertMember(schema.Text, at.Node, Keywords[k], value));
                }
            }
        }

        checker.CheckAll(Cases());
        checker.AssertClean(floor: 2 * Keywords.Length);
    }

    // ---- duplicate keys ----

    [Theory]
    [MemberData(nameof(Bases))]
    public void Duplicate_keys(string baseName)
    {
        BaseSchema schema = BaseSchema.Get(baseName);
        SpanNode root = SpanParser.Parse(schema.Text);
        var members = root.Descendants().Where(n => n.Kind == JsonValueKind.Object).SelectMany(n => n.Members).ToList();
        int step = FuzzScale.Stride(2);
        FuzzChecker checker = Checker($"duplicate-keys/{baseName}");

        IEnumerable<FuzzCase> Cases()
        {
            for (int i = 0; i < members.Count; i += step)
            {
                SpanMember member = members[i];
                string name = schema.Text.Substring(member.NameStart, member.NameEnd - member.NameStart);
                string value = schema.Text.Substring(member.Value.Start, member.Value.End - member.Value.Start);
                (string how, string copy) = (i / step % 4) switch
                {
                    0 => ("same value", $", {name}: {value}"),
                    1 => ("other value", $", {name}: {{}}"),
                    2 => ("name escaped", $", {EscapeFirst(member.Name)}: {value}"),
                    _ => ("before, as null", null!),
                };
                string text = copy is null
                    ? schema.Text.Insert(member.NameStart, $"{name}: null, ")
                    : schema.Text.Insert(member.Value.End, copy);
                yield return schema.With($"duplicate '{member.Name}' #{i} at {member.NameStart} ({how})", text);
            }
        }

        checker.CheckAll(Cases());
        checker.AssertClean(floor: members.Count / step);

        // "title" and "t\u0069tle" are the same key once decoded.
        static string EscapeFirst(string name) =>
            name.Length == 0 ? "\"\"" : "\"\\u" + ((int)name[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + Quote(name.Substring(1))[1..];
    }

    // ---- names that are no identifiers ----

    [Theory]
    [MemberData(nameof(Bases))]
    public void Non_identifier_names(string baseName)
    {
        BaseSchema schema = BaseSchema.Get(baseName);
        SpanNode root = SpanParser.Parse(schema.Text);
        int perName = FuzzScale.Cases(2);
        FuzzChecker checker = Checker($"names/{baseName}");

        IEnumerable<FuzzCase> Cases()
        {
            var maps = root.Descendants().Where(n => n.Kind == JsonValueKind.Object)
                .SelectMany(n => n.Members).Where(m => m.Name is "properties" or "$defs" or "definitions" && m.Value.Kind == JsonValueKind.Object)
                .Select(m => m.Value).ToList();
            int i = 0;
            foreach (SpanNode map in maps)
            {
                foreach (SpanMember entry in map.Members)
                {
                    if (i++ % schema.Step != 0)
                    {
                        continue;
                    }

                    var rng = new Random(Seed + i);
                    foreach (string name in rng.PickDistinct(NastyNames, perName))
                    {
                        yield return schema.With($"rename '{entry.Name}' at {entry.NameStart} to {Quote(name)}", Replace(schema.Text, entry.NameStart, entry.NameEnd, Quote(name)));
                    }

                    // A name that becomes the same member as a sibling's.
                    SpanMember sibling = rng.Pick(map.Members);
                    string twin = rng.Next(3) switch
                    {
                        0 => sibling.Name.ToUpperInvariant(),
                        1 => sibling.Name.Replace('_', '-'),
                        _ => "_" + sibling.Name + "_",
                    };
                    yield return schema.With($"rename '{entry.Name}' at {entry.NameStart} to {Quote(twin)} like '{sibling.Name}'", Replace(schema.Text, entry.NameStart, entry.NameEnd, Quote(twin)));
                }

                // Many names that collide after PascalCasing, all at once.
                string colliding = string.Join(", ", CollidingNames.Select(n => $"{Quote(n)}: {{\"type\": \"string\"}}"));
                yield return schema.With($"colliding names into the map at {map.Start}", schema.Text.Insert(map.Start + 1, colliding + (map.Members.Count > 0 ? ", " : "")));
            }

            // Titles: the names of generated types.
            var titles = root.Descendants().Where(n => n.Kind == JsonValueKind.Object)
                .SelectMany(n => n.Members).Where(m => m.Name == "title" && m.Value.Kind == JsonValueKind.String).ToList();
            foreach (SpanMember title in titles)
            {
                var rng = new Random(Seed + i++);
                foreach (string name in rng.PickDistinct(NastyNames, 2 * perName))
                {
                    yield return schema.With($"title at {title.NameStart} := {Quote(name)}", Replace(schema.Text, title.Value.Start, title.Value.End, Quote(name)));
                }
            }

            // Titles added to every subschema: types named like other types, runtime types, namespaces.
            List<SchemaLocation> locations = SpanParser.Schemas(root);
            foreach (SchemaLocation location in locations.Skip(1).Where((_, k) => k % schema.Step == 0))
            {
                var rng = new Random(Seed + i++);
                string name = rng.Next(2) == 0 ? rng.Pick(NastyNames) : rng.Pick(titles).Value.String!;
                yield return schema.With($"add title {Quote(name)} to {location.Pointer}", InsertMember(schema.Text, location.Node, "title", Quote(name)));
            }

            // Enum values.
            var enums = root.Descendants().Where(n => n.Kind == JsonValueKind.Object)
                .SelectMany(n => n.Members).Where(m => m.Name == "enum" && m.Value.Kind == JsonValueKind.Array).ToList();
            foreach (SpanMember @enum in enums)
            {
                var rng = new Random(Seed + i++);
                foreach (string name in rng.PickDistinct(NastyNames, 2 * perName))
                {
                    SpanNode item = rng.Pick(@enum.Value.Items);
                    yield return schema.With($"enum value at {item.Start} := {Quote(name)}", Replace(schema.Text, item.Start, item.End, Quote(name)));
                }
            }
        }

        checker.CheckAll(Cases());
        checker.AssertClean(floor: 10);
    }

    // ---- $ref: cycles, missing targets, targets that are no schema ----

    [Theory]
    [MemberData(nameof(Bases))]
    public void References_to_anywhere(string baseName)
    {
        BaseSchema schema = BaseSchema.Get(baseName);
        SpanNode root = SpanParser.Parse(schema.Text);
        List<SchemaLocation> locations = SpanParser.Schemas(root);
        int perLocation = FuzzScale.Cases(3);
        string fileName = System.IO.Path.GetFileName(schema.File.Path);
        FuzzChecker checker = Checker($"refs/{baseName}");

        IEnumerable<FuzzCase> Cases()
        {
            for (int i = 1; i < locations.Count; i += schema.Step)
            {
                SchemaLocation location = locations[i];
                var rng = new Random(Seed + i);
                string[] targets =
                [
                    "#", location.Pointer, Parent(location.Pointer), Parent(Parent(location.Pointer)), rng.Pick(locations).Pointer,
                    rng.Pick(locations).Pointer + "/properties", location.Pointer + "/type", location.Pointer + "/required/0",
                    "#/title", "#/$defs/Missing", "missing.schema.json", "missing.schema.json#/$defs/X", "", "#/", "#//", "%", "#%2F",
                    "#/items/items", "#/allOf/0", "#/$defs/A~1B", "#/properties/~2", fileName, fileName + rng.Pick(locations).Pointer,
                    "pendo-config.schema.json#/properties", "https://example.com/" + fileName, "#" + location.Pointer,
                ];
                foreach (string target in rng.PickDistinct(targets, perLocation))
                {
                    string value = $"{{\"$ref\": {Quote(target)}}}";
                    yield return rng.Next(2) == 0
                        ? schema.With($"{location.Pointer} := {value}", Replace(schema.Text, location.Node.Start, location.Node.End, value))
                        : schema.With($"add $ref {Quote(target)} to {location.Pointer}", InsertMember(schema.Text, location.Node, "$ref", Quote(target)));
                }
            }
        }

        checker.CheckAll(Cases());
        checker.AssertClean(floor: (locations.Count - 1) / schema.Step);
    }

    [Fact]
    public void Reference_cycles()
    {
        FuzzChecker checker = Checker("ref-cycles");
        checker.CheckAll(RefCycleCases(), determinismEvery: 1);
        checker.AssertClean(floor: 40);
    }

    private static string Doc(string title, string properties, string extra = "") =>
        $"{{\"title\": {Quote(title)}, \"type\": \"object\", \"properties\": {{{properties}}}{extra}}}";

    private static IEnumerable<FuzzCase> RefCycleCases()
    {
        const string A = "/schemas/a.schema.json";
        const string B = "/schemas/b.schema.json";
        const string C = "/schemas/c.schema.json";
        FuzzCase One(string id, string text) => new("ref-cycles: " + id, [new SchemaFile(A, text)]);
        FuzzCase Many(string id, params (string Path, string Text)[] files) => new("ref-cycles: " + id, files.Select(f => new SchemaFile(f.Path, f.Text)).ToList());
        string Defs(params (string Name, string Schema)[] defs) => ", \"$defs\": {" + string.Join(", ", defs.Select(d => $"{Quote(d.Name)}: {d.Schema}")) + "}";

        yield return One("self def", Doc("T", "\"p\": {\"$ref\": \"#/$defs/A\"}", Defs(("A", "{\"$ref\": \"#/$defs/A\"}"))));
        yield return One("self property", Doc("T", "\"p\": {\"$ref\": \"#/properties/p\"}"));
        yield return One("root ref at root", "{\"title\": \"T\", \"$ref\": \"#\", \"properties\": {\"a\": {\"type\": \"string\"}}}");
        yield return One("root is only a ref", "{\"$ref\": \"#\"}");
        yield return One("a->b->a", Doc("T", "\"p\": {\"$ref\": \"#/$defs/A\"}", Defs(("A", "{\"$ref\": \"#/$defs/B\"}"), ("B", "{\"$ref\": \"#/$defs/A\"}"))));
        yield return One("a->b->c->a", Doc("T", "\"p\": {\"$ref\": \"#/$defs/A\"}", Defs(("A", "{\"$ref\": \"#/$defs/B\"}"), ("B", "{\"$ref\": \"#/$defs/C\"}"), ("C", "{\"$ref\": \"#/$defs/A\"}"))));
        yield return One("cycle entered twice", Doc("T", "\"p\": {\"$ref\": \"#/$defs/A\"}, \"q\": {\"$ref\": \"#/$defs/B\"}, \"r\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/A\"}}", Defs(("A", "{\"$ref\": \"#/$defs/B\"}"), ("B", "{\"$ref\": \"#/$defs/A\"}"))));
        yield return One("recursive record", Doc("Node", "\"child\": {\"$ref\": \"#\"}, \"children\": {\"type\": \"array\", \"items\": {\"$ref\": \"#\"}}, \"name\": {\"type\": \"string\", \"minLength\": 1}", ", \"required\": [\"name\"]"));
        yield return One("mutually recursive records", Doc("T", "\"a\": {\"$ref\": \"#/$defs/A\"}", Defs(("A", "{\"type\": \"object\", \"properties\": {\"b\": {\"$ref\": \"#/$defs/B\"}}, \"required\": [\"b\"]}"), ("B", "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/$defs/A\"}, \"s\": {\"const\": \"x\"}}}"))));
        yield return One("cycle through items", Doc("T", "\"p\": {\"$ref\": \"#/$defs/L\"}", Defs(("L", "{\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/L\"}, \"minItems\": 1}"))));
        yield return One("cycle through items pointer", Doc("T", "\"p\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/properties/p/items\"}}"));
        yield return One("ref inside allOf, if, then, not", Doc("T", "\"a\": {\"type\": \"string\"}", ", \"allOf\": [{\"$ref\": \"#\"}], \"if\": {\"$ref\": \"#\"}, \"then\": {\"$ref\": \"#/allOf/0\"}, \"not\": {\"$ref\": \"#/not\"}"));
        yield return One("ref in x-no-effect-unless", Doc("T", "\"a\": {\"type\": \"string\", \"x-no-effect-unless\": {\"$ref\": \"#/properties/a/x-no-effect-unless\"}}, \"b\": {\"type\": \"string\", \"x-no-effect-unless\": {\"$ref\": \"#\"}}"));
        yield return One("ref beside other keywords", Doc("T", "\"a\": {\"$ref\": \"#/properties/b\", \"type\": \"integer\", \"minimum\": 1}, \"b\": {\"$ref\": \"#/properties/a\", \"type\": \"string\", \"minLength\": 1}"));
        yield return One("ref to a boolean schema", Doc("T", "\"t\": {\"$ref\": \"#/$defs/T\"}, \"f\": {\"$ref\": \"#/$defs/F\"}", Defs(("T", "true"), ("F", "false"))));
        yield return One("ref to a string", Doc("T", "\"p\": {\"$ref\": \"#/title\"}, \"q\": {\"$ref\": \"#/properties/p/$ref\"}"));
        yield return One("ref to an array", Doc("T", "\"p\": {\"$ref\": \"#/required\"}, \"q\": {\"$ref\": \"#/required/0\"}", ", \"required\": [\"p\"]"));
        yield return One("ref to a number", Doc("T", "\"p\": {\"$ref\": \"#/$defs/N\"}", Defs(("N", "{\"type\": \"integer\", \"minimum\": 1}")) + ", \"x\": 5"));
        yield return One("ref to missing def", Doc("T", "\"p\": {\"$ref\": \"#/$defs/Nope\"}, \"q\": {\"$ref\": \"#/definitions/Nope/items\"}"));
        yield return One("ref that is empty or odd", Doc("T", "\"p\": {\"$ref\": \"\"}, \"q\": {\"$ref\": \"#/\"}, \"r\": {\"$ref\": \"##\"}, \"s\": {\"$ref\": \"a.schema.json#a.schema.json\"}, \"u\": {\"$ref\": \"#/properties/\"}"));
        yield return One("ref by own file name", Doc("T", "\"p\": {\"$ref\": \"a.schema.json\"}, \"q\": {\"$ref\": \"a.schema.json#/properties/p\"}"));
        yield return One("ref by own $id", "{\"$id\": \"urn:x\", \"title\": \"T\", \"properties\": {\"p\": {\"$ref\": \"urn:x\"}, \"q\": {\"$ref\": \"urn:x#/properties/q\"}}}");
        yield return One("escaped pointers", Doc("T", "\"a/b\": {\"$ref\": \"#/properties/a~1b\"}, \"c~d\": {\"$ref\": \"#/properties/c~0d\"}, \"e\": {\"$ref\": \"#/properties/a~1b\"}"));
        yield return One("defs in defs", Doc("T", "\"p\": {\"$ref\": \"#/$defs/A/$defs/B\"}", Defs(("A", "{\"$defs\": {\"B\": {\"$ref\": \"#/$defs/A/$defs/B\"}}}"))));
        yield return One("enum via cycle", Doc("T", "\"p\": {\"$ref\": \"#/$defs/E\"}, \"q\": {\"$ref\": \"#/$defs/E\"}", Defs(("E", "{\"type\": \"string\", \"enum\": [\"a\", \"b\"], \"default\": \"c\"}"))));
        yield return Many("across files a->b->a",
            (A, Doc("TA", "\"p\": {\"$ref\": \"b.schema.json#/$defs/Y\"}", Defs(("X", "{\"$ref\": \"b.schema.json#/$defs/Y\"}")))),
            (B, Doc("TB", "\"q\": {\"$ref\": \"a.schema.json#/$defs/X\"}", Defs(("Y", "{\"$ref\": \"a.schema.json#/$defs/X\"}")))));
        yield return Many("across files roots",
            (A, Doc("TA", "\"b\": {\"$ref\": \"b.schema.json\"}")),
            (B, Doc("TB", "\"a\": {\"$ref\": \"a.schema.json\"}")));
        yield return Many("across three files",
            (A, Doc("TA", "\"p\": {\"$ref\": \"b.schema.json#/properties/p\"}")),
            (B, Doc("TB", "\"p\": {\"$ref\": \"c.schema.json#/properties/p\"}")),
            (C, Doc("TC", "\"p\": {\"$ref\": \"a.schema.json#/properties/p\"}")));
        yield return Many("same $id twice",
            (A, "{\"$id\": \"x.schema.json\", \"title\": \"TA\", \"properties\": {\"p\": {\"$ref\": \"x.schema.json#/properties/p\"}}}"),
            (B, "{\"$id\": \"x.schema.json\", \"title\": \"TB\", \"properties\": {\"p\": {\"$ref\": \"x.schema.json\"}}}"));
        yield return Many("$id of one is the file name of the other",
            (A, "{\"$id\": \"b.schema.json\", \"title\": \"TA\", \"properties\": {\"p\": {\"$ref\": \"b.schema.json\"}}}"),
            (B, Doc("TB", "\"p\": {\"$ref\": \"a.schema.json\"}")));
        yield return Many("ref to a file that is not JSON",
            (A, Doc("TA", "\"p\": {\"$ref\": \"b.schema.json\"}, \"q\": {\"$ref\": \"b.schema.json#/$defs/X\"}")),
            (B, "{\"title\": \"TB\", "));
        yield return Many("ref to a library file without title",
            (A, Doc("TA", "\"p\": {\"$ref\": \"b.schema.json\"}, \"q\": {\"$ref\": \"b.schema.json#/$defs/X\"}")),
            (B, "{\"$defs\": {\"X\": {\"type\": \"object\", \"properties\": {\"x\": {\"$ref\": \"#/$defs/X\"}}}}}"));
        yield return Many("same file name in two folders",
            (A, Doc("TA", "\"p\": {\"$ref\": \"a.schema.json#/properties/p\"}")),
            ("/other/a.schema.json", Doc("TA2", "\"p\": {\"$ref\": \"a.schema.json\"}")));
        yield return Many("shipped config referenced from a cycle",
            (A, Doc("TA", "\"c\": {\"$ref\": \"pendo-config.schema.json\"}, \"d\": {\"$ref\": \"pendo-config.schema.json#/properties/api_key\"}, \"e\": {\"$ref\": \"#/properties/c\"}")),
            (BaseSchema.Get("pendo-config").File.Path, BaseSchema.Get("pendo-config").Text));

        // Chains of references around the hop limit.
        foreach (int length in new[] { 1, 2, 16, 31, 32, 33, 64, 200 })
        {
            string defs = Defs(Enumerable.Range(0, length).Select(i => ($"A{i}", i + 1 < length ? $"{{\"$ref\": \"#/$defs/A{i + 1}\"}}" : "{\"type\": \"string\", \"minLength\": 2}")).ToArray());
            yield return One($"chain of {length}", Doc("T", "\"p\": {\"$ref\": \"#/$defs/A0\"}", ", \"required\": [\"p\"]" + defs));
            string loop = Defs(Enumerable.Range(0, length).Select(i => ($"A{i}", $"{{\"$ref\": \"#/$defs/A{(i + 1) % length}\"}}")).ToArray());
            yield return One($"loop of {length}", Doc("T", "\"p\": {\"$ref\": \"#/$defs/A0\"}, \"q\": {\"$ref\": \"#/$defs/A" + (length / 2) + "\"}", loop));
        }

        // Every pair of properties referencing each other in one object.
        foreach (int count in new[] { 2, 5, 12 })
        {
            string props = string.Join(", ", Enumerable.Range(0, count).Select(i => $"\"p{i}\": {{\"$ref\": \"#/properties/p{(i + 1) % count}\"}}"));
            yield return One($"ring of {count} properties", Doc("T", props));
            string objects = string.Join(", ", Enumerable.Range(0, count).Select(i =>
                $"\"p{i}\": {{\"type\": \"object\", \"properties\": {{\"next\": {{\"$ref\": \"#/properties/p{(i + 1) % count}\"}}, \"all\": {{\"$ref\": \"#\"}}}}, \"required\": [\"next\"]}}"));
            yield return One($"ring of {count} records", Doc("T", objects, ", \"required\": [\"p0\"]"));
        }
    }

    // ---- deep nesting ----

    private static readonly int[] s_depths = [1, 2, 8, 31, 32, 33, 40, 62, 63, 64, 65, 100, 127, 128, 129, 200, 1000, 2000];

    [Fact]
    public void Deep_nesting()
    {
        FuzzChecker checker = Checker("deep-nesting");
        IEnumerable<int> depths = FuzzScale.Scale == 1 ? s_depths : s_depths.Concat(Enumerable.Range(1, 10 * FuzzScale.Scale).Select(i => i * 7)).Distinct();
        checker.CheckAll(depths.SelectMany(DeepCases), determinismEvery: 3);
        checker.AssertClean(floor: s_depths.Length * 10);
    }

    private static string Repeat(string open, int depth, string inner, string close) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    private static IEnumerable<FuzzCase> DeepCases(int depth)
    {
        const string Path = "/schemas/deep.schema.json";
        FuzzCase One(string shape, string text) => FuzzCase.Single($"deep-nesting: {shape} x{depth}", Path, text);
        string Nest(Func<int, string> open, string inner)
        {
            string text = inner;
            for (int i = depth; i > 0; i--)
            {
                text = open(i).Replace("@", text);
            }

            return text;
        }

        yield return One("properties", Doc("Deep", "\"p\": " + Nest(i => $"{{\"type\": \"object\", \"properties\": {{\"level{i}\": @}}, \"required\": [\"level{i}\"]}}", "{\"type\": \"string\", \"minLength\": 1}")));
        yield return One("titled properties", Doc("Deep", "\"p\": " + Nest(_ => "{\"title\": \"Node\", \"type\": \"object\", \"properties\": {\"next\": @, \"n\": {\"type\": \"integer\"}}}", "{\"type\": \"string\"}")));
        yield return One("items", Doc("Deep", "\"p\": " + Nest(_ => "{\"type\": \"array\", \"items\": @, \"minItems\": 1}", "{\"type\": \"object\", \"properties\": {\"v\": {\"type\": \"integer\"}}}")));
        yield return One("allOf", Doc("Deep", "\"a\": {\"type\": \"string\"}", ", \"allOf\": [" + Nest(_ => "{\"allOf\": [@, {\"required\": [\"a\"]}]}", "{\"required\": [\"a\"]}") + "]"));
        yield return One("if/then/else", Doc("Deep", "\"a\": {\"type\": \"string\"}, \"b\": {\"type\": \"string\"}", ", \"if\": " + Nest(_ => "{\"if\": @, \"then\": {\"required\": [\"a\"]}, \"else\": {\"required\": [\"b\"]}}", "{\"required\": [\"a\"]}") + ", \"then\": {\"required\": [\"b\"]}"));
        yield return One("not", Doc("Deep", "\"a\": {\"type\": \"string\"}", ", \"not\": " + Nest(_ => "{\"not\": @}", "{\"required\": [\"a\"]}")));
        yield return One("conditions in properties", Doc("Deep", "\"a\": {\"type\": \"integer\"}", ", \"if\": {\"properties\": {\"a\": " + Nest(_ => "{\"properties\": {\"a\": @}}", "{\"const\": 1}") + "}}, \"then\": {\"required\": [\"a\"]}"));
        yield return One("x-no-effect-unless", Doc("Deep", "\"a\": {\"type\": \"string\", \"x-no-effect-unless\": " + Nest(_ => "{\"x-no-effect-unless\": @, \"required\": [\"b\"]}", "{\"required\": [\"b\"]}") + "}, \"b\": {\"type\": \"string\"}"));
        yield return One("$defs in $defs", Doc("Deep", "\"p\": {\"$ref\": \"#" + string.Concat(Enumerable.Repeat("/$defs/d", depth)) + "\"}", ", \"$defs\": {\"d\": " + Nest(_ => "{\"$defs\": {\"d\": @}}", "{\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}}") + "}"));
        yield return One("default", Doc("Deep", "\"p\": {\"type\": \"string\", \"default\": " + Repeat("[{\"a\": ", depth, "1", "}]") + "}"));
        yield return One("const", Doc("Deep", "\"p\": {\"const\": " + Repeat("{\"k\": [", depth, "null", "]}") + "}"));
        yield return One("enum", Doc("Deep", "\"p\": {\"type\": \"string\", \"enum\": [\"a\", " + Repeat("[", depth, "\"b\"", "]") + "]}"));
        yield return One("unknown keyword", Doc("Deep", "\"p\": {\"type\": \"string\", \"x-unknown\": " + Repeat("{\"x\": ", depth, "{}", "}") + "}"));
        yield return One("brackets", Repeat("[", depth, "", "]"));
    }

    [Theory]
    [InlineData("pendo-config")]
    [InlineData("widget-connector")]
    public void Deep_nesting_inside_a_shipped_schema(string baseName)
    {
        BaseSchema schema = BaseSchema.Get(baseName);
        List<SchemaLocation> locations = SpanParser.Schemas(SpanParser.Parse(schema.Text)).Where(l => l.Via == "properties").ToList();
        FuzzChecker checker = Checker($"deep-nesting/{baseName}");
        int i = 0;
        checker.CheckAll(
            from depth in new[] { 5, 30, 60, 61, 62, 63, 64, 65, 70, 500 }
            from location in new Random(Seed + depth).PickDistinct(locations, FuzzScale.Cases(2))
            let nested = Repeat("{\"type\": \"object\", \"properties\": {\"n\": ", depth, "{\"type\": \"string\"}", "}}")
            select schema.With($"{location.Pointer} := properties nested {depth} deep (#{i++})", Replace(schema.Text, location.Node.Start, location.Node.End, nested)),
            determinismEvery: 4);
        checker.AssertClean(floor: 20);
    }

    // ---- huge enums ----

    private static readonly string[] s_keywords = ["class", "int", "null", "true", "false", "default", "object", "string", "void", "event", "operator", "this", "base", "value", "var", "record", "__arglist"];

    /// <summary>
    /// Values that are plain, empty, differ only by case, are C# keywords, unicode, broken surrogates, or collide
    /// after PascalCasing; all distinct unless <paramref name="repeated"/>, which repeats earlier ones too.
    /// </summary>
    private static List<string> HugeEnumValues(int count, int seed, bool repeated = false)
    {
        var rng = new Random(seed);
        var values = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            values.Add((i % 14) switch
            {
                0 => $"value_{i}",
                1 when repeated => rng.Pick(values),
                1 => $"value.{i - 1}",
                2 => i == 2 ? "" : $"_{i}_",
                3 => $"Value_{i - 3}",
                4 => $"VALUE_{i - 4}",
                5 => rng.Pick(s_keywords) + (i < 14 ? "" : "#" + i),
                6 => $"é_{i}",
                7 => $"日本_{i}",
                8 => $"😀{i}",
                9 => $"\ud800{i}",
                10 => $"value-{i - 10}",
                11 => $"{i}",
                12 => $" a b {i} ",
                _ => $"{rng.Pick(NastyNames)}#{i}",
            });
        }

        return values;
    }

    [Fact]
    public void Huge_enums()
    {
        FuzzChecker checker = Checker("huge-enums");

        // A 5,000-member enum takes the compiler about 20 s (its switch statements), so at scale 1 those cases are
        // generated and checked but not compiled; 400-member ones are compiled.
        IEnumerable<FuzzCase> Cases() =>
            new[] { (Count: 5000, Compile: FuzzScale.Scale >= 3), (Count: 400, Compile: true) }
                .SelectMany(size => Enumerable.Range(0, FuzzScale.Scale).SelectMany(s => HugeEnumCases(size.Count, Seed + s)).Select(c => c with { Compile = size.Compile }));

        checker.CheckAll(Cases(), determinismEvery: 2);
        checker.AssertClean(floor: 24);
    }

    private static IEnumerable<FuzzCase> HugeEnumCases(int count, int seed)
    {
        string strings = "[" + string.Join(", ", HugeEnumValues(count, seed).Select(Quote)) + "]";
        var rng = new Random(seed);
        string numbers = "[" + string.Join(", ", Enumerable.Range(0, count).Select(i => (i % 7) switch
        {
            0 => "1",
            1 => "99999999999999999999",
            2 => "-0",
            3 => "1e400",
            4 => "2.5",
            5 => rng.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => "-" + i,
        })) + "]";
        string mixed = "[" + string.Join(", ", Enumerable.Range(0, count).Select(i => (i % 6) switch
        {
            0 => Quote("m" + i),
            1 => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            2 => "true",
            3 => "null",
            4 => "{}",
            _ => "[\"x\"]",
        })) + "]";
        FuzzCase One(string what, string text) => FuzzCase.Single($"huge-enums: {what}, {count} values, seed {seed}", "/schemas/huge.schema.json", text);
        yield return One("strings", Doc("Huge", "\"e\": {\"type\": \"string\", \"enum\": " + strings + "}"));
        string repeated = "[" + string.Join(", ", HugeEnumValues(count, seed, repeated: true).Select(Quote)) + "]";
        yield return One("strings, some repeated", Doc("Huge", "\"e\": {\"type\": \"string\", \"enum\": " + repeated + "}"));
        yield return One("strings, titled", Doc("Huge", "\"e\": {\"title\": \"Huge\", \"type\": \"string\", \"enum\": " + strings + "}, \"f\": {\"title\": \"Huge\", \"enum\": " + strings + "}"));
        yield return One("strings, untyped", Doc("Huge", "\"e\": {\"enum\": " + strings + "}"));
        yield return One("strings, lenient", Doc("Huge", "\"e\": {\"type\": \"string\", \"x-lenient\": true, \"enum\": " + strings + "}"));
        yield return One("strings, array items, default and const", Doc("Huge", "\"e\": {\"type\": \"array\", \"items\": {\"type\": \"string\", \"enum\": " + strings + ", \"default\": \"value_0\"}}, \"c\": {\"type\": \"string\", \"enum\": " + strings + ", \"const\": \"nope\"}", ", \"required\": [\"c\"]"));
        yield return One("strings in a condition", Doc("Huge", "\"e\": {\"type\": \"string\"}, \"f\": {\"type\": \"string\"}", ", \"if\": {\"properties\": {\"e\": {\"enum\": " + strings + "}}}, \"then\": {\"required\": [\"f\"]}"));
        yield return One("integers", Doc("Huge", "\"e\": {\"type\": \"integer\", \"enum\": " + numbers + "}"));
        yield return One("numbers, untyped", Doc("Huge", "\"e\": {\"enum\": " + numbers + "}, \"n\": {\"type\": \"number\", \"enum\": " + numbers + "}"));
        yield return One("mixed kinds", Doc("Huge", "\"e\": {\"type\": \"string\", \"enum\": " + mixed + "}, \"u\": {\"enum\": " + mixed + "}"));
        foreach (string baseName in new[] { "pendo-config", "widget-connector" })
        {
            BaseSchema schema = BaseSchema.Get(baseName);
            SpanNode root = SpanParser.Parse(schema.Text);
            foreach (SpanMember @enum in root.Descendants().Where(n => n.Kind == JsonValueKind.Object).SelectMany(n => n.Members).Where(m => m.Name == "enum"))
            {
                yield return schema.With($"huge-enums: enum at {@enum.Value.Start} := {count} values, seed {seed}", Replace(schema.Text, @enum.Value.Start, @enum.Value.End, strings));
            }
        }
    }
}
