// Type-level checks of the template data types entry (generator/emit/index.ts) as the package
// ships it: compiled into dist/ with declarations, imported by path as `gen/templates` resolves.
// test/config/templatesEntry.test.ts compiles this file with TypeScript 5 after `npm run build`;
// every line below fails the compile if the entry stops exporting a view or a field changes type.
import type {
  ChildView,
  ClientView,
  FunctionModuleView,
  FunctionsIndexView,
  FunctionView,
  GroupView,
  IndexView,
  KeyShapesView,
  MethodView,
  OperationValidatorView,
  OperationView,
  PageFrame,
  ReferenceView,
  ResourceView,
  SchemaValidatorView,
  Section,
  TypesView,
  TypeView,
  ValidatorsView,
} from "../../dist/emit/index.js";
import type { HttpMethod, Parameter, Schema } from "../../dist/ir/types.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): void {}

// Client, class style.
expectType<Equal<ClientView["titleComment"], string>>();
expectType<Equal<ClientView["embedsValidators"], boolean>>();
expectType<Equal<ClientView["mapsKeys"], boolean>>();
expectType<Equal<ResourceView["methods"], MethodView[]>>();
expectType<Equal<ResourceView["children"][number], ChildView>>();
expectType<Equal<ChildView["construct"], string>>();
expectType<Equal<MethodView["callFields"], string[]>>();
expectType<Equal<TypesView["declarations"], string[]>>();
expectType<Equal<KeyShapesView["declarations"], string[]>>();
// Client, functions style.
expectType<Equal<FunctionModuleView["functions"], FunctionView[]>>();
expectType<Equal<FunctionView["clientParameter"], string>>();
expectType<Equal<FunctionsIndexView["modules"], string[]>>();
// Validators: the views carry IR nodes, typed by the IR entry.
expectType<Equal<ValidatorsView["schemas"], SchemaValidatorView[]>>();
expectType<Equal<SchemaValidatorView["schema"], Schema>>();
expectType<Equal<OperationValidatorView["method"], HttpMethod>>();
expectType<Equal<OperationValidatorView["request"]["query"], Parameter[]>>();
expectType<Equal<ValidatorsView["operationsModule"]["byId"], string[]>>();
// Docs: every page view but the reference has the shared frame.
expectType<Equal<OperationView["sections"], Section[]>>();
expectType<Equal<IndexView["operationCount"], number>>();
expectType<Equal<ReferenceView["groups"][number]["methods"][number], { heading: string; body: string }>>();
const frames: PageFrame[] = [] as Array<IndexView | GroupView | OperationView | TypeView>;
void frames;

// A view has the fields it documents and no others.
// @ts-expect-error no such field
type Missing = ClientView["noSuchField"];
