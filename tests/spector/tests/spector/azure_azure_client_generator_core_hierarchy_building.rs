//! `azure/client-generator-core/hierarchy-building`: a three-level `kind` hierarchy
//! (Animal ← Pet ← Dog) sent and received as each of its levels. `Pet`, the intermediate
//! base, is polymorphic too: a `Pet` may be a `Dog`; its own fields are `PetBase`, which
//! `Animal::Pet` holds.

use crate::common::{client_options, endpoint};
use spector_clients::azure_azure_client_generator_core_hierarchy_building::{
    models, AzureAzureClientGeneratorCoreHierarchyBuildingClient as Client,
    AzureAzureClientGeneratorCoreHierarchyBuildingClientOptions as ClientOptions,
};

fn client() -> Client {
    let options = ClientOptions { client_options: client_options(), endpoint: Some(endpoint()) };
    Client::new(Some(options)).unwrap()
}

fn pet() -> models::PetBase {
    parse!({ "kind": "pet", "name": "Buddy", "trained": true })
}

fn dog() -> models::Dog {
    parse!({ "kind": "dog", "name": "Rex", "trained": true, "breed": "German Shepherd" })
}

fn assert_pet(pet: &models::PetBase) {
    assert_eq!(pet.kind, "pet");
    assert_eq!(pet.name, "Buddy");
    assert!(pet.trained);
}

fn assert_dog(dog: &models::Dog) {
    assert_eq!(dog.kind, "dog");
    assert_eq!(dog.name, "Rex");
    assert!(dog.trained);
    assert_eq!(dog.breed, "German Shepherd");
}

#[tokio::test]
async fn animal_operations_update_pet_as_animal() {
    let body = models::Animal::Pet(pet());
    let output = client().get_animal_operations_client().update_pet_as_animal(&body, None).await.unwrap();
    let models::Animal::Pet(pet) = output else { panic!("kind `pet` must deserialize as Animal::Pet") };
    assert_pet(&pet);
}

#[tokio::test]
async fn animal_operations_update_dog_as_animal() {
    let body = models::Animal::Dog(dog());
    let output = client().get_animal_operations_client().update_dog_as_animal(&body, None).await.unwrap();
    let models::Animal::Dog(dog) = output else { panic!("kind `dog` must deserialize as Dog") };
    assert_dog(&dog);
}

#[tokio::test]
async fn pet_operations_update_pet_as_pet() {
    let body = models::Pet::Base(pet());
    let output = client().get_pet_operations_client().update_pet_as_pet(&body, None).await.unwrap();
    let models::Pet::Base(pet) = output else { panic!("kind `pet` must deserialize as the Pet base") };
    assert_pet(&pet);
}

#[tokio::test]
async fn pet_operations_update_dog_as_pet() {
    let body = models::Pet::Dog(dog());
    let output = client().get_pet_operations_client().update_dog_as_pet(&body, None).await.unwrap();
    let models::Pet::Dog(dog) = output else { panic!("kind `dog` must deserialize as Dog") };
    assert_dog(&dog);
}

#[tokio::test]
async fn dog_operations_update_dog_as_dog() {
    let output = client().get_dog_operations_client().update_dog_as_dog(&dog(), None).await.unwrap();
    assert_dog(&output);
}
