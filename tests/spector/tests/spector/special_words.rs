//! `special-words`: models, operations, parameters, properties and enum values named like Rust
//! (and Python, C#, JavaScript) keywords or prelude items. They must generate (raw identifiers,
//! renamed types such as `ModelsFrom` for `Models.from`) and keep their names on the wire.
//!
//! Generated from the Swagger 2 output: the OpenAPI 3 emitter crashes on this scenario.

use crate::common::{client_options, endpoint};
use serde_json::json;
use spector_clients::special_words::{models, SpecialWordsClient, SpecialWordsClientOptions};

fn client() -> SpecialWordsClient {
    let options = SpecialWordsClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    SpecialWordsClient::new(Some(options)).unwrap()
}

/// A model named after a special word, with one property `name`: sent as `{"name": "ok"}`.
macro_rules! model_tests {
    ($($test:ident => $method:ident($model:ident),)*) => {$(
        #[tokio::test]
        async fn $test() {
            let body = models::$model { name: "ok".to_owned(), ..Default::default() };
            assert_eq!(serde_json::to_value(&body).unwrap(), json!({"name": "ok"}));
            client().get_models_client().$method(&body, None).await.unwrap();
        }
    )*};
}

/// An operation named after a special word.
macro_rules! operation_tests {
    ($($test:ident => $method:ident,)*) => {$(
        #[tokio::test]
        async fn $test() {
            let () = client().get_operations_client().$method(None).await.unwrap();
        }
    )*};
}

/// A query parameter named after a special word, sent as `?<word>=ok`.
macro_rules! parameter_tests {
    ($($test:ident => $method:ident,)*) => {$(
        #[tokio::test]
        async fn $test() {
            let () = client().get_parameters_client().$method("ok", None).await.unwrap();
        }
    )*};
}

model_tests! {
    models_and => with_and(And),
    models_as => with_as(As),
    models_assert => with_assert(Assert),
    models_async => with_async(Async),
    models_await => with_await(Await),
    models_break => with_break(Break),
    models_class => with_class(Class),
    models_constructor => with_constructor(Constructor),
    models_continue => with_continue(Continue),
    models_def => with_def(Def),
    models_del => with_del(Del),
    models_elif => with_elif(Elif),
    models_else => with_else(Else),
    models_except => with_except(Except),
    models_exec => with_exec(Exec),
    models_finally => with_finally(Finally),
    models_for => with_for(For),
    models_from => with_from(ModelsFrom),
    models_global => with_global(Global),
    models_if => with_if(If),
    models_import => with_import(Import),
    models_in => with_in(In),
    models_is => with_is(Is),
    models_lambda => with_lambda(Lambda),
    models_not => with_not(Not),
    models_or => with_or(Or),
    models_pass => with_pass(Pass),
    models_raise => with_raise(Raise),
    models_return => with_return(Return),
    models_try => with_try(Try),
    models_while => with_while(While),
    models_with => with_with(With),
    models_yield => with_yield(Yield),
}

operation_tests! {
    operations_and => and,
    operations_as => r#as,
    operations_assert => assert,
    operations_async => r#async,
    operations_await => r#await,
    operations_break => r#break,
    operations_class => class,
    operations_constructor => constructor,
    operations_continue => r#continue,
    operations_def => def,
    operations_del => del,
    operations_elif => elif,
    operations_else => r#else,
    operations_except => except,
    operations_exec => exec,
    operations_finally => finally,
    operations_for => r#for,
    operations_from => from,
    operations_global => global,
    operations_if => r#if,
    operations_import => import,
    operations_in => r#in,
    operations_is => is,
    operations_lambda => lambda,
    operations_not => not,
    operations_or => or,
    operations_pass => pass,
    operations_raise => raise,
    operations_return => r#return,
    operations_try => r#try,
    operations_while => r#while,
    operations_with => with,
    operations_yield => r#yield,
}

parameter_tests! {
    parameters_and => with_and,
    parameters_as => with_as,
    parameters_assert => with_assert,
    parameters_async => with_async,
    parameters_await => with_await,
    parameters_break => with_break,
    parameters_class => with_class,
    parameters_constructor => with_constructor,
    parameters_continue => with_continue,
    parameters_def => with_def,
    parameters_del => with_del,
    parameters_elif => with_elif,
    parameters_else => with_else,
    parameters_except => with_except,
    parameters_exec => with_exec,
    parameters_finally => with_finally,
    parameters_for => with_for,
    parameters_from => with_from,
    parameters_global => with_global,
    parameters_if => with_if,
    parameters_import => with_import,
    parameters_in => with_in,
    parameters_is => with_is,
    parameters_lambda => with_lambda,
    parameters_not => with_not,
    parameters_or => with_or,
    parameters_pass => with_pass,
    parameters_raise => with_raise,
    parameters_return => with_return,
    parameters_try => with_try,
    parameters_while => with_while,
    parameters_with => with_with,
    parameters_yield => with_yield,
    parameters_cancellation_token => with_cancellation_token,
}

#[tokio::test]
async fn model_properties_same_as_model() {
    let body = models::SameAsModel { same_as_model: "ok".to_owned(), ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({"SameAsModel": "ok"}));
    client().get_model_properties_client().same_as_model(&body, None).await.unwrap();
}

#[tokio::test]
async fn model_properties_dict_methods() {
    let ok = || "ok".to_owned();
    let body = models::DictMethods {
        keys: ok(),
        items: ok(),
        values: ok(),
        popitem: ok(),
        clear: ok(),
        update: ok(),
        setdefault: ok(),
        pop: ok(),
        get: ok(),
        copy: ok(),
        ..Default::default()
    };
    let wire = serde_json::to_value(&body).unwrap();
    for key in ["keys", "items", "values", "popitem", "clear", "update", "setdefault", "pop", "get", "copy"] {
        assert_eq!(wire[key], "ok", "{key}");
    }
    client().get_model_properties_client().dict_methods(&body, None).await.unwrap();
}

#[tokio::test]
async fn model_properties_with_list() {
    let body = models::ModelWithList { list: "ok".to_owned(), ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({"list": "ok"}));
    client().get_model_properties_client().with_list(&body, None).await.unwrap();
}

#[tokio::test]
async fn reserved_operation_body_params_with_items() {
    let body = models::ReservedOperationBodyParamsWithItemsRequest { items: vec!["item".to_owned()], ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({"items": ["item"]}));
    client().get_reserved_operation_body_params_client().with_items(&body, None).await.unwrap();
}

#[tokio::test]
async fn extensible_strings_put_extensible_string_value() {
    let output = client().get_extensible_strings_client().put_extensible_string_value(&models::ExtensibleString::Class, None).await.unwrap();
    assert_eq!(output, models::ExtensibleString::Class);
    assert_eq!(output.as_str(), "class");
}
