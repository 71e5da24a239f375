//! `special-words`: models, operations, parameters, properties and enum values named like Rust
//! (and Python, C#, JavaScript) keywords or prelude items. They must generate (raw identifiers,
//! renamed types such as `From2`) and keep their names on the wire.
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
            client().$method(&body, None).await.unwrap();
        }
    )*};
}

/// An operation named after a special word.
macro_rules! operation_tests {
    ($($test:ident => $method:ident,)*) => {$(
        #[tokio::test]
        async fn $test() {
            let () = client().$method(None).await.unwrap();
        }
    )*};
}

/// A query parameter named after a special word, sent as `?<word>=ok`.
macro_rules! parameter_tests {
    ($($test:ident => $method:ident,)*) => {$(
        #[tokio::test]
        async fn $test() {
            let () = client().$method("ok", None).await.unwrap();
        }
    )*};
}

model_tests! {
    models_and => models_with_and(And),
    models_as => models_with_as(As),
    models_assert => models_with_assert(Assert),
    models_async => models_with_async(Async),
    models_await => models_with_await(Await),
    models_break => models_with_break(Break),
    models_class => models_with_class(Class),
    models_constructor => models_with_constructor(Constructor),
    models_continue => models_with_continue(Continue),
    models_def => models_with_def(Def),
    models_del => models_with_del(Del),
    models_elif => models_with_elif(Elif),
    models_else => models_with_else(Else),
    models_except => models_with_except(Except),
    models_exec => models_with_exec(Exec),
    models_finally => models_with_finally(Finally),
    models_for => models_with_for(For),
    models_from => models_with_from(From2),
    models_global => models_with_global(Global),
    models_if => models_with_if(If),
    models_import => models_with_import(Import),
    models_in => models_with_in(In),
    models_is => models_with_is(Is),
    models_lambda => models_with_lambda(Lambda),
    models_not => models_with_not(Not),
    models_or => models_with_or(Or),
    models_pass => models_with_pass(Pass),
    models_raise => models_with_raise(Raise),
    models_return => models_with_return(Return),
    models_try => models_with_try(Try),
    models_while => models_with_while(While),
    models_with => models_with_with(With),
    models_yield => models_with_yield(Yield),
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
    parameters_and => parameters_with_and,
    parameters_as => parameters_with_as,
    parameters_assert => parameters_with_assert,
    parameters_async => parameters_with_async,
    parameters_await => parameters_with_await,
    parameters_break => parameters_with_break,
    parameters_class => parameters_with_class,
    parameters_constructor => parameters_with_constructor,
    parameters_continue => parameters_with_continue,
    parameters_def => parameters_with_def,
    parameters_del => parameters_with_del,
    parameters_elif => parameters_with_elif,
    parameters_else => parameters_with_else,
    parameters_except => parameters_with_except,
    parameters_exec => parameters_with_exec,
    parameters_finally => parameters_with_finally,
    parameters_for => parameters_with_for,
    parameters_from => parameters_with_from,
    parameters_global => parameters_with_global,
    parameters_if => parameters_with_if,
    parameters_import => parameters_with_import,
    parameters_in => parameters_with_in,
    parameters_is => parameters_with_is,
    parameters_lambda => parameters_with_lambda,
    parameters_not => parameters_with_not,
    parameters_or => parameters_with_or,
    parameters_pass => parameters_with_pass,
    parameters_raise => parameters_with_raise,
    parameters_return => parameters_with_return,
    parameters_try => parameters_with_try,
    parameters_while => parameters_with_while,
    parameters_with => parameters_with_with,
    parameters_yield => parameters_with_yield,
    parameters_cancellation_token => with_cancellation_token,
}

#[tokio::test]
async fn model_properties_same_as_model() {
    let body = models::SameAsModel { same_as_model: "ok".to_owned(), ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({"SameAsModel": "ok"}));
    client().same_as_model(&body, None).await.unwrap();
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
    client().dict_methods(&body, None).await.unwrap();
}

#[tokio::test]
async fn model_properties_with_list() {
    let body = models::ModelWithList { list: "ok".to_owned(), ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({"list": "ok"}));
    client().with_list(&body, None).await.unwrap();
}

#[tokio::test]
async fn reserved_operation_body_params_with_items() {
    let body = models::ReservedOperationBodyParamsWithItemsRequest { items: vec!["item".to_owned()], ..Default::default() };
    assert_eq!(serde_json::to_value(&body).unwrap(), json!({"items": ["item"]}));
    client().with_items(&body, None).await.unwrap();
}

#[tokio::test]
async fn extensible_strings_put_extensible_string_value() {
    let output = client().put_extensible_string_value(&models::ExtensibleString::Class, None).await.unwrap();
    assert_eq!(output, models::ExtensibleString::Class);
    assert_eq!(output.as_str(), "class");
}
