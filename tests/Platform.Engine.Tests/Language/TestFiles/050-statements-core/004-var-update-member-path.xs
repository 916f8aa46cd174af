task update_path {
  stack {
    var $user {
      value = {profile: {name: "ada"}}
    }
    var.update $user.profile.name {
      value = "Ada"
    }
  }
}
